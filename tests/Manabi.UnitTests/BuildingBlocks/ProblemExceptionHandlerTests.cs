using Manabi.BuildingBlocks.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Manabi.UnitTests.BuildingBlocks;

public sealed class ProblemExceptionHandlerTests
{
    [Theory]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    [InlineData(PostgresErrorCodes.LockNotAvailable)]
    public void A_transaction_PostgreSQL_aborted_is_a_503_that_says_nothing_changed(string sqlState)
    {
        var aborted = new DbUpdateException("save failed", new PostgresException("aborted", "ERROR", "ERROR", sqlState));

        var problem = ProblemExceptionHandler.ToProblem(aborted);

        Assert.Equal(503, problem.Status);
        Assert.Equal("conflicting-work", problem.Extensions["code"]);
        Assert.Equal(ProblemTexts.ConflictingWork.Current, problem.Detail);
    }

    [Fact]
    public void Another_database_error_stays_a_bare_500()
    {
        var problem = ProblemExceptionHandler.ToProblem(new PostgresException("boom", "ERROR", "ERROR", PostgresErrorCodes.DivisionByZero));

        Assert.Equal(500, problem.Status);
        Assert.Null(problem.Detail);
    }
}
