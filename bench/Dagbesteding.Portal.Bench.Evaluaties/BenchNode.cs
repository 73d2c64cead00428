using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Data.Seed;
using Dagbesteding.Portal.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Dagbesteding.Portal.Bench.Evaluaties;

/// <summary>Where the benchmark's database lives: a SQLite file, or a PostgreSQL database (with Hangfire storage in it).</summary>
internal sealed record BenchDatabase(string Provider, string? SqliteFile, string? PostgreSql)
{
    public bool IsPostgreSql => PostgreSql is not null;
}

/// <summary>
/// One app instance (a "node") on the benchmark database, with its own clock (a <see cref="FakeTimeProvider"/> that
/// every service and job sees), its own Hangfire storage when that is in memory, a counter of the SQL commands EF Core
/// sends, and a recorder of every evaluation that its <see cref="EvaluatieOpenenJob"/> really opened. Disposing it is
/// a restart: in-memory Hangfire storage goes with it, the database stays.
/// </summary>
internal sealed class BenchNode : IAsyncDisposable
{
    private readonly NodeFactory _app;

    public BenchNode(BenchDatabase database, DateTimeOffset nu, string hangfireStorage, bool hangfireServer = false)
    {
        Tijd = new FakeTimeProvider(nu);
        _app = new NodeFactory(database, hangfireStorage, hangfireServer, Tijd, Sql, Commits, Openingen);
        _ = _app.Server; // migrates, seeds the demo network on an empty database
    }

    public FakeTimeProvider Tijd { get; }

    public SqlTeller Sql { get; } = new();

    public CommitTeller Commits { get; } = new();

    public OpeningRecorder Openingen { get; } = new();

    public IServiceProvider Services => _app.Services;

    public async Task<PortalDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    /// <summary>One reconcile run, as Hangfire would start it (a scope of its own), called directly.</summary>
    public async Task<AfstemResultaat> AfstemmenAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EvaluatieAfstemJob>().UitvoerenAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private sealed class NodeFactory(BenchDatabase database, string hangfireStorage, bool hangfireServer, FakeTimeProvider tijd, SqlTeller sql,
        CommitTeller commits, OpeningRecorder openingen)
        : WebApplicationFactory<global::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.LaadDemoData(50);
            // Mostly no processing server: the benchmark calls the reconcile job itself, with its fake clock. Scenario e runs
            // the servers (with the production polling interval) to let the opening jobs themselves fire.
            builder.UseSetting("Hangfire:Enabled", hangfireServer ? "true" : "false");
            builder.UseSetting("Hangfire:Storage", hangfireStorage);
            builder.UseSetting("Database:Provider", database.Provider);
            if (database.IsPostgreSql)
            {
                builder.UseSetting("Database:PostgreSqlConnectionString", database.PostgreSql);
            }
            else
            {
                builder.UseSetting("Database:SqliteFile", database.SqliteFile);
            }
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(tijd);
                services.ConfigureDbContext<PortalDbContext>(options => options.AddInterceptors(sql, commits));
                // Only the recorder: it keeps the openings and prints warnings and errors (no console line per opening).
                services.RemoveAll<ILoggerProvider>();
                services.AddSingleton<ILoggerProvider>(openingen);
                services.Configure<LoggerFilterOptions>(o =>
                {
                    o.Rules.Clear();
                    o.MinLevel = LogLevel.Warning;
                    o.Rules.Add(new LoggerFilterRule(null, typeof(EvaluatieOpenenJob).FullName, LogLevel.Information, null));
                    o.Rules.Add(new LoggerFilterRule(null, "Microsoft.EntityFrameworkCore", LogLevel.Error, null));
                    // Migrate on a PostgreSQL database that does not exist yet logs a connection error before it creates it.
                    o.Rules.Add(new LoggerFilterRule(null, "Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.None, null));
                });
            });
        }
    }
}

/// <summary>
/// Counts the SQL commands EF Core sends and the time the database took for them (Hangfire's own SQL is not in it), and
/// keeps the moment each command started, so a run can be cut into the reconcile job's four steps.
/// </summary>
internal sealed class SqlTeller : DbCommandInterceptor
{
    private readonly Lock _lock = new();
    private readonly List<(long Moment, string Sql)> _commandos = [];
    private long _aantal;
    private long _ticks;

    public long Aantal => Interlocked.Read(ref _aantal);
    public TimeSpan Duur => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public void Reset()
    {
        Interlocked.Exchange(ref _aantal, 0);
        Interlocked.Exchange(ref _ticks, 0);
        lock (_lock)
        {
            _commandos.Clear();
        }
    }

    public List<(long Moment, string Sql)> Commandos()
    {
        lock (_lock)
        {
            return [.. _commandos];
        }
    }

    private void Begin(DbCommand command)
    {
        lock (_lock)
        {
            _commandos.Add((Stopwatch.GetTimestamp(), command.CommandText));
        }
    }

    private void Tel(TimeSpan duur)
    {
        Interlocked.Increment(ref _aantal);
        Interlocked.Add(ref _ticks, duur.Ticks);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Begin(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Begin(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Begin(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Begin(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Tel(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Tel(eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Tel(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Tel(eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Tel(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Tel(eventData.Duration);
        return result;
    }
}

/// <summary>
/// A reconcile run cut into its four steps by the SQL each step starts with: step 2 begins with the read of the due
/// evaluations (ordered by StartOp), step 3 with the read of the horizon (the last read of JobVoor before step 4), step 4
/// with the read of open evaluations without a "te laat" reminder. Milliseconds.
/// </summary>
internal sealed partial record Stappen(double Stap1, double Stap2, double Stap3, double Stap4)
{
    /// <summary>Step 2 orders the due evaluations by their start (step 1's window function orders by Id).</summary>
    [GeneratedRegex("ORDER BY [^,()]*\"StartOp\"")]
    private static partial Regex StapTweeVolgorde();

    public static Stappen? Uit(List<(long Moment, string Sql)> commandos, long begin, long eind)
    {
        static bool Select(string sql) => sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
        var stap4 = commandos.FindLastIndex(c => Select(c.Sql) && c.Sql.Contains("\"TeLaatGemeldOp\" IS NULL"));
        var stap2 = commandos.FindIndex(c => Select(c.Sql) && StapTweeVolgorde().IsMatch(c.Sql));
        var stap3 = stap4 < 0 ? -1 : commandos.FindLastIndex(stap4, c => Select(c.Sql) && c.Sql.Contains("\"JobVoor\"") && c.Sql.Contains("<="));
        if (stap2 < 0 || stap3 < stap2 || stap4 < stap3)
        {
            return null;
        }
        double Ms(long van, long tot) => Stopwatch.GetElapsedTime(van, tot).TotalMilliseconds;
        return new Stappen(Ms(begin, commandos[stap2].Moment), Ms(commandos[stap2].Moment, commandos[stap3].Moment),
            Ms(commandos[stap3].Moment, commandos[stap4].Moment), Ms(commandos[stap4].Moment, eind));
    }
}

/// <summary>Counts the transactions EF Core commits and the time the commits took (on SQLite that is where the disk sync is).</summary>
internal sealed class CommitTeller : DbTransactionInterceptor
{
    private long _aantal;
    private long _ticks;

    public long Aantal => Interlocked.Read(ref _aantal);
    public TimeSpan Duur => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public void Reset()
    {
        Interlocked.Exchange(ref _aantal, 0);
        Interlocked.Exchange(ref _ticks, 0);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _aantal);
        Interlocked.Add(ref _ticks, eventData.Duration.Ticks);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Interlocked.Increment(ref _aantal);
        Interlocked.Add(ref _ticks, eventData.Duration.Ticks);
    }
}

/// <summary>
/// The app's only logger: records the moment (Stopwatch ticks) of every "Evaluatie … geopend" that
/// <see cref="EvaluatieOpenenJob"/> logs — it logs only an opening that really happened, after its commit — and prints
/// warnings and errors.
/// </summary>
internal sealed class OpeningRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<long> _momenten = new();

    public IReadOnlyCollection<long> Momenten => _momenten;

    public void Reset() => _momenten.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(OpeningRecorder recorder, string categorie) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning)
            {
                Console.Error.WriteLine($"  [{logLevel}] {categorie}: {formatter(state, exception)}{(exception is null ? "" : " — " + exception.GetType().Name + ": " + exception.Message)}");
            }
            else if (categorie == typeof(EvaluatieOpenenJob).FullName)
            {
                recorder._momenten.Enqueue(Stopwatch.GetTimestamp());
            }
        }
    }
}
