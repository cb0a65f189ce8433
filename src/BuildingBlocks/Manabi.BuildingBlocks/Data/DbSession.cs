using System.Data;
using Manabi.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Manabi.BuildingBlocks.Data;

/// <summary>
/// The one PostgreSQL connection of a DI scope (an HTTP request, or one message delivery) and its
/// open transaction, if any. Every module DbContext in the scope runs on this connection, so a
/// command's change, its outbox rows and an idempotency record commit or roll back together.
/// </summary>
public sealed class DbSession(NpgsqlDataSource dataSource, OutboxSignal outboxSignal) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;
    private readonly List<DbContext> _enlisted = [];
    private readonly List<Action> _afterCommit = [];
    private readonly List<Func<CancellationToken, Task>> _beforeCommit = [];

    public NpgsqlConnection Connection => _connection ??= dataSource.CreateConnection();

    public NpgsqlTransaction? Transaction { get; private set; }

    /// <summary>
    /// Starts a transaction, or joins the one already open: only the outermost caller commits, so
    /// a handler running inside an idempotent request does not commit before its response is stored.
    /// </summary>
    public async Task<UnitOfWork> BeginAsync(CancellationToken cancellationToken)
    {
        if (Transaction is not null)
        {
            return UnitOfWork.Joined;
        }
        if (Connection.State != ConnectionState.Open)
        {
            await Connection.OpenAsync(cancellationToken);
        }
        Transaction = await Connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        return new UnitOfWork(this);
    }

    /// <summary>
    /// Runs once the open transaction commits (never if it rolls back): for in-memory state that must
    /// not change before the database does, such as forgetting a cached key that is being revoked.
    /// </summary>
    public void AfterCommit(Action action)
    {
        if (Transaction is null)
        {
            throw new InvalidOperationException("No transaction is open.");
        }
        _afterCommit.Add(action);
    }

    /// <summary>
    /// Runs just before the open transaction commits: for writes gathered during it and made once,
    /// such as counters many events add to (a row every event updated would be locked from the first
    /// event to the commit).
    /// </summary>
    public void BeforeCommit(Func<CancellationToken, Task> action)
    {
        if (Transaction is null)
        {
            throw new InvalidOperationException("No transaction is open.");
        }
        _beforeCommit.Add(action);
    }

    internal async Task CommitAsync(CancellationToken cancellationToken)
    {
        var transaction = Transaction ?? throw new InvalidOperationException("No transaction is open.");
        foreach (var action in _beforeCommit)
        {
            await action(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        var committed = _afterCommit.ToList();
        await EndAsync();
        committed.ForEach(action => action());
        // Committed outbox rows can be dispatched now rather than at the next poll.
        outboxSignal.Notify();
    }

    internal async Task RollbackAsync()
    {
        if (Transaction is null)
        {
            return;
        }
        try
        {
            await Transaction.RollbackAsync();
        }
        finally
        {
            await EndAsync();
        }
    }

    /// <summary>
    /// Tells a DbContext about the open transaction (EF Core would otherwise start its own on
    /// SaveChanges), and remembers it so it forgets the transaction once it ends.
    /// </summary>
    internal void Enlist(DbContext context)
    {
        if (Transaction is null || context.Database.CurrentTransaction?.GetDbTransaction() == Transaction)
        {
            return;
        }
        context.Database.UseTransaction(Transaction);
        _enlisted.Add(context);
    }

    private async Task EndAsync()
    {
        // A context still holding a finished transaction would fail its next query.
        foreach (var context in _enlisted)
        {
            context.Database.UseTransaction(null);
        }
        _enlisted.Clear();
        _afterCommit.Clear();
        _beforeCommit.Clear();
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
            Transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>A transaction started by <see cref="DbSession.BeginAsync"/>; disposing it uncommitted rolls back.</summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    internal static readonly UnitOfWork Joined = new(null);

    private readonly DbSession? _owner;
    private bool _completed;

    internal UnitOfWork(DbSession? owner) => _owner = owner;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_owner is null || _completed)
        {
            return;
        }
        _completed = true;
        await _owner.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_owner is not null && !_completed)
        {
            _completed = true;
            await _owner.RollbackAsync();
        }
    }
}
