using System.Net;
using System.Text.Json.Nodes;
using Manabi.BuildingBlocks.Data;
using Manabi.BuildingBlocks.Messaging;
using Manabi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Manabi.IntegrationTests.Messaging;

public sealed class OutboxTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_registered_provider_is_counted_by_Indicators_in_the_current_fiscal_year()
    {
        await Api.ClientAs("staff").RegisterProviderAsync();
        var years = await EventuallyAsync(ProvidersByYear, a => a.Count == 1);
        var year = Assert.Single(years);
        var fiscalYear = BuildingBlocks.Contracts.FiscalYear.Of(DateTimeOffset.UtcNow).StartYear;
        Assert.Equal(fiscalYear, year!["fiscalYear"]!.GetValue<int>());
        Assert.Equal(1, year["value"]!.GetValue<decimal>());
        Assert.Equal(1, year["cumulative"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_redelivered_event_changes_nothing()
    {
        await Api.ClientAs("staff").RegisterProviderAsync();
        await EventuallyAsync(Processed, n => n == 1);

        // What a dispatcher crash after publishing but before marking the row looks like.
        await Fixture.ExecuteAsync("UPDATE catalog.outbox_messages SET processed_at = NULL");
        await EventuallyAsync(Processed, n => n == 1);

        var years = await ProvidersByYear();
        Assert.Equal(1, years.Single()!["value"]!.GetValue<decimal>());
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM indicators.inbox_messages"));
    }

    [Fact]
    public async Task A_consumer_that_fails_once_is_retried_and_its_effect_happens_exactly_once()
    {
        var probe = await PublishProbeAsync(ProbeBehavior.FailOnceAfterEffect);
        await EventuallyAsync(() => ProbeProcessedAsync(probe), done => done);

        Assert.Equal(2, ProbeConsumer.Deliveries[probe]);
        Assert.Equal(1L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM test_probe.effects WHERE probe_id = $1", probe));
        Assert.Equal(1, await Fixture.ScalarAsync<int>("SELECT attempts FROM test_probe.outbox_messages"));
    }

    [Fact]
    public async Task A_message_that_always_fails_is_parked_and_later_messages_still_flow()
    {
        var poison = await PublishProbeAsync(ProbeBehavior.AlwaysFail);
        var later = await PublishProbeAsync(ProbeBehavior.Succeed);

        Assert.True(await EventuallyAsync(() => ProbeProcessedAsync(later), done => done));
        var parked = await EventuallyAsync(
            () => Fixture.ScalarAsync<long>("SELECT count(*) FROM test_probe.outbox_messages WHERE parked_at IS NOT NULL"), n => n == 1);
        Assert.Equal(1L, parked);
        // Readiness tells, without taking the replica out of service: delivery is every replica's.
        var ready = await Api.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var outbox = (await ready.JsonAsync())["checks"]!["outbox"]!;
        Assert.Equal(("Degraded", "TestProbe: 1 parked message(s)"), (outbox["status"]!.GetValue<string>(), outbox["description"]!.GetValue<string>()));
        Assert.Equal(3, await Fixture.ScalarAsync<int>("SELECT attempts FROM test_probe.outbox_messages WHERE parked_at IS NOT NULL"));
        Assert.Contains("as asked", await Fixture.ScalarAsync<string>("SELECT last_error FROM test_probe.outbox_messages WHERE parked_at IS NOT NULL"));
        Assert.Equal(0L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM test_probe.effects WHERE probe_id = $1", poison));
        // Each of the 3 attempts hands it over alone, after once more within its batch when others came with it.
        Assert.InRange(ProbeConsumer.Deliveries[poison], 3, 6);

        // Staff see it, and can send it again once the consumer is fixed.
        var staff = Api.ClientAs("staff");
        var listed = await (await staff.GetAsync("/api/v1/operations/outbox/parked")).JsonArrayAsync();
        var entry = Assert.Single(listed);
        Assert.Equal("TestProbe", entry!["module"]!.GetValue<string>());
        Assert.Equal(3, entry["attempts"]!.GetValue<int>());
        var deliveredBefore = ProbeConsumer.Deliveries[poison];
        var retry = await staff.PostAsync($"/api/v1/operations/outbox/TestProbe/{entry["id"]}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.True(await EventuallyAsync(() => Task.FromResult(ProbeConsumer.Deliveries[poison]), n => n > deliveredBefore) > deliveredBefore);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsync($"/api/v1/operations/outbox/TestProbe/{Guid.NewGuid()}/retry", null)).StatusCode);
    }

    [Fact]
    public async Task Dispatchers_racing_over_one_outbox_deliver_each_message_once()
    {
        // Several replicas = several dispatchers over one table; claim with SKIP LOCKED keeps them apart.
        var probes = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            probes.Add(await PublishProbeAsync(ProbeBehavior.Succeed));
        }
        var module = Api.Services.GetServices<ModuleDatabase>().Single(m => m.Schema == TestProbeDbContext.SchemaName);
        var smallBatches = Options.Create(new OutboxOptions { BatchSize = 4 });
        var racers = Enumerable.Range(0, 3)
            .Select(_ => ActivatorUtilities.CreateInstance<OutboxDispatcher>(Api.Services, module, smallBatches))
            .Select(dispatcher => Task.Run(async () =>
            {
                while (await dispatcher.DispatchBatchAsync(CancellationToken.None) > 0)
                {
                }
            }));
        await Task.WhenAll(racers);
        await EventuallyAsync(() => Fixture.ScalarAsync<long>("SELECT count(*) FROM test_probe.outbox_messages WHERE processed_at IS NULL"), n => n == 0);

        Assert.All(probes, p => Assert.Equal(1, ProbeConsumer.Deliveries[p]));
        Assert.Equal(30L, await Fixture.ScalarAsync<long>("SELECT count(*) FROM test_probe.effects"));
    }

    [Fact]
    public async Task A_consumer_slower_than_the_lease_keeps_its_claim_from_other_replicas()
    {
        // The test hosts' lease is 1 s; this consumer takes 3 s.
        var probe = await PublishProbeAsync(ProbeBehavior.SlowerThanLease);
        await EventuallyAsync(() => Task.FromResult(ProbeConsumer.Deliveries.ContainsKey(probe)), started => started);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // past the first lease

        // Another replica's dispatcher looks for work meanwhile.
        var module = Api.Services.GetServices<ModuleDatabase>().Single(m => m.Name == "TestProbe");
        var otherReplica = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Api.Services, module);
        var claimedByOther = await otherReplica.DispatchBatchAsync(CancellationToken.None);

        Assert.Equal(0, claimedByOther);
        Assert.True(await EventuallyAsync(() => ProbeProcessedAsync(probe), done => done));
    }

    [Fact]
    public async Task Events_claimed_by_a_replica_that_died_are_delivered_once_its_lease_lapses()
    {
        // What a SIGKILLed replica leaves: a claimed, undelivered row.
        var probe = Guid.NewGuid();
        await Fixture.ExecuteAsync(
            """
            INSERT INTO test_probe.outbox_messages (id, event_type, payload, occurred_at, attempts, next_attempt_at, locked_until)
            VALUES (gen_random_uuid(), $1, $2::jsonb, now(), 0, now(), now() + interval '1 second')
            """,
            IntegrationEventSerializer.TypeName(typeof(ProbeRequestedIntegrationEvent)),
            IntegrationEventSerializer.Serialize(new ProbeRequestedIntegrationEvent(probe, ProbeBehavior.Succeed)));

        Assert.True(await EventuallyAsync(() => ProbeProcessedAsync(probe), done => done, TimeSpan.FromSeconds(10)));
        Assert.Equal(1, ProbeConsumer.Deliveries[probe]);
    }

    private async Task<Guid> PublishProbeAsync(ProbeBehavior behavior)
    {
        var probe = Guid.NewGuid();
        await using var scope = Api.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        var db = scope.ServiceProvider.GetRequiredService<TestProbeDbContext>();
        await using var unitOfWork = await session.BeginAsync(CancellationToken.None);
        db.Publish(new ProbeRequestedIntegrationEvent(probe, behavior));
        await db.SaveChangesAsync();
        await unitOfWork.CommitAsync(CancellationToken.None);
        return probe;
    }

    private Task<bool> ProbeProcessedAsync(Guid probe) => Fixture.ScalarAsync<bool>(
        "SELECT EXISTS (SELECT 1 FROM test_probe.outbox_messages WHERE payload->>'probeId' = $1 AND processed_at IS NOT NULL)", probe.ToString());

    private Task<long> Processed() => Fixture.ScalarAsync<long>("SELECT count(*) FROM catalog.outbox_messages WHERE processed_at IS NOT NULL");

    private async Task<JsonArray> ProvidersByYear() =>
        (await (await Api.CreateClient().GetAsync("/api/v1/indicators/computations/RegisteredProviders")).JsonAsync())["years"]!.AsArray();
}
