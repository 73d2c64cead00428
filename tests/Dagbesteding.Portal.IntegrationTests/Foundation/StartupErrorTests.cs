using System.Diagnostics;

namespace Dagbesteding.Portal.IntegrationTests.Foundation;

/// <summary>
/// Start-up problems an operator can fix must say what and where — never a stack trace. These run the real
/// app as a process, exactly as an operator would.
/// </summary>
public sealed class StartupErrorTests : IDisposable
{
    private readonly DirectoryInfo _map = Directory.CreateTempSubdirectory("dagbesteding-start-");

    [Fact]
    public async Task DatabaseFileThatCannotBeCreated_StopsWithAClearDutchMessageNamingPathAndSetting()
    {
        // A path whose "folder" is a file: cannot be created, also not by root.
        var blokkade = Path.Combine(_map.FullName, "geen-map");
        await File.WriteAllTextAsync(blokkade, "ik ben een bestand");
        var pad = Path.Combine(blokkade, "portal.db");

        var (exitCode, uitvoer) = await StartPortalAsync(("Database__SqliteFile", pad));

        Assert.Equal(1, exitCode);
        Assert.Contains($"'{pad}'", uitvoer);
        Assert.Contains("Database:SqliteFile", uitvoer);
        Assert.Contains("kan niet worden geopend of gemaakt", uitvoer);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Fact]
    public async Task DatabaseFileThatIsNoSqliteDatabase_StopsWithAClearDutchMessage()
    {
        var pad = Path.Combine(_map.FullName, "kapot.db");
        await File.WriteAllTextAsync(pad, new string('x', 4096));

        var (exitCode, uitvoer) = await StartPortalAsync(("Database__SqliteFile", pad));

        Assert.Equal(1, exitCode);
        Assert.Contains($"'{pad}'", uitvoer);
        Assert.Contains("Database:SqliteFile", uitvoer);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Fact]
    public async Task DemoDataInProduction_IsRefusedAtStartUp()
    {
        var (exitCode, uitvoer) = await StartPortalAsync(
            ("ASPNETCORE_ENVIRONMENT", "Production"),
            ("Database__Provider", "Sqlite"),
            ("Database__SqliteFile", Path.Combine(_map.FullName, "productie.db")),
            ("DemoData__Enabled", "true"));

        Assert.Equal(1, exitCode);
        Assert.Contains("DemoData:Enabled staat aan in de omgeving Production", uitvoer);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public async Task DemoDataOnAnAcceptanceServer_IsRefusedAtStartUp(string omgeving)
    {
        // Only Development may hold the demo accounts: configuration alone can never switch them on elsewhere.
        var (exitCode, uitvoer) = await StartPortalAsync(
            ("ASPNETCORE_ENVIRONMENT", omgeving),
            ("Database__Provider", "Sqlite"),
            ("Database__SqliteFile", Path.Combine(_map.FullName, "acceptatie.db")),
            ("DemoData__Enabled", "true"));

        Assert.Equal(1, exitCode);
        Assert.Contains($"DemoData:Enabled staat aan in de omgeving {omgeving}", uitvoer);
        Assert.Contains("alleen in Development", uitvoer);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Fact]
    public async Task VapidKeysThatAreNoKeyPair_StopWithAClearDutchMessage()
    {
        var (publicKey, _) = Features.Meldingen.VapidSleutels.Maak();
        var (_, anderePrivateKey) = Features.Meldingen.VapidSleutels.Maak();

        var (exitCode, uitvoer) = await StartPortalAsync(
            ("Database__SqliteFile", Path.Combine(_map.FullName, "vapid.db")),
            ("Meldingen__Push__PublicKey", publicKey),
            ("Meldingen__Push__PrivateKey", anderePrivateKey));

        Assert.Equal(1, exitCode);
        Assert.Contains("Meldingen:Push:PublicKey en PrivateKey vormen geen geldig VAPID-sleutelpaar", uitvoer);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Fact]
    public async Task EmailSwitchedOnWithoutAMailServer_StopsWithAClearDutchMessage()
    {
        var (exitCode, uitvoer) = await StartPortalAsync(
            ("Database__SqliteFile", Path.Combine(_map.FullName, "email.db")),
            ("Meldingen__Email__Enabled", "true"),
            ("Meldingen__Email__Beveiliging", "Soms"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Meldingen:Email is aan, maar Host, Port, Beveiliging", uitvoer);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    public async Task ASpoedWarningOutsideTheTermijn_StopsWithAClearDutchMessage(string werkdagen)
    {
        var (exitCode, uitvoer) = await StartPortalAsync(
            ("Database__SqliteFile", Path.Combine(_map.FullName, $"spoed{werkdagen}.db")),
            ("Netwerk__SpoedWaarschuwingWerkdagen", werkdagen));

        Assert.Equal(1, exitCode);
        Assert.Contains("Netwerk:SpoedWaarschuwingWerkdagen ligt boven 0 en is hoogstens 2", uitvoer);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("61")]
    [InlineData("vijf")]
    public async Task AShutdownWaitOutOfRange_StopsWithOneDutchLineNamingTheSetting(string waarde)
    {
        var (exitCode, uitvoer) = await StartPortalAsync(
            ("Database__SqliteFile", Path.Combine(_map.FullName, "afsluiten.db")),
            ("Afsluiten__WachttijdSeconden", waarde));

        Assert.Equal(1, exitCode);
        var regel = Assert.Single(uitvoer.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Afsluiten:WachttijdSeconden", regel);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Theory]
    [InlineData("otel-collector:4317")]
    [InlineData("/v1/traces")]
    [InlineData("ftp://otel-collector:4317")]
    public async Task ATelemetrieEndpointThatIsNoHttpAddress_StopsWithOneDutchLineNamingTheSetting(string waarde)
    {
        var (exitCode, uitvoer) = await StartPortalAsync(
            ("Database__SqliteFile", Path.Combine(_map.FullName, "telemetrie.db")),
            ("Telemetrie__OtlpEndpoint", waarde));

        Assert.Equal(1, exitCode);
        var regel = Assert.Single(uitvoer.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Telemetrie:OtlpEndpoint", regel);
        Assert.Contains($"'{waarde}' is geen volledig http- of https-adres", regel);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Fact]
    public async Task ARedisSettingThatIsNoConnectionString_StopsWithAClearDutchMessageNamingTheSetting()
    {
        var (exitCode, uitvoer) = await StartPortalAsync(
            ("Database__SqliteFile", Path.Combine(_map.FullName, "redisfout.db")),
            ("Realtime__Redis", "127.0.0.1:6379,wachtwoord=geheim"),
            ("Realtime__RelaySleutel", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"));

        Assert.Equal(1, exitCode);
        Assert.Contains("De instelling Realtime:Redis is geen geldige Redis-verbinding", uitvoer);
        Assert.DoesNotContain("geheim", uitvoer);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Fact]
    public async Task RedisWithoutARelaySecret_StopsWithAClearDutchMessage()
    {
        var (exitCode, uitvoer) = await StartPortalAsync(
            ("Database__SqliteFile", Path.Combine(_map.FullName, "relay.db")),
            ("Realtime__Redis", "127.0.0.1:1,abortConnect=false"),
            ("Realtime__RelaySleutel", "te-kort"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Realtime:RelaySleutel ontbreekt of is korter dan 32 tekens", uitvoer);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Fact]
    public async Task RedisInProductionWithoutAKeyRingCertificate_StopsWithAClearDutchMessage()
    {
        var (exitCode, uitvoer) = await StartPortalAsync(
            ("ASPNETCORE_ENVIRONMENT", "Production"),
            ("Database__Provider", "Sqlite"),
            ("Database__SqliteFile", Path.Combine(_map.FullName, "sleutelring.db")),
            ("Realtime__Redis", "127.0.0.1:1,abortConnect=false"),
            ("Realtime__RelaySleutel", new string('s', 40)));

        Assert.Equal(1, exitCode);
        Assert.Contains("Realtime:Sleutelring:Pad ontbreekt", uitvoer);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    [Fact]
    public async Task KeyRingCertificateThatCannotBeRead_StopsWithAClearDutchMessageNamingPathAndSetting()
    {
        var pad = Path.Combine(_map.FullName, "kapot.pfx");
        await File.WriteAllTextAsync(pad, "geen certificaat");

        var (exitCode, uitvoer) = await StartPortalAsync(
            ("ASPNETCORE_ENVIRONMENT", "Production"),
            ("Database__Provider", "Sqlite"),
            ("Database__SqliteFile", Path.Combine(_map.FullName, "kapot.db")),
            ("Realtime__Redis", "127.0.0.1:1,abortConnect=false"),
            ("Realtime__RelaySleutel", new string('s', 40)),
            ("Realtime__Sleutelring__Pad", pad));

        Assert.Equal(1, exitCode);
        Assert.Contains($"Het certificaat '{pad}' (Realtime:Sleutelring:Pad) kan niet worden gelezen", uitvoer);
        Assert.DoesNotContain("   at ", uitvoer);
    }

    private static async Task<(int ExitCode, string Uitvoer)> StartPortalAsync(params (string Naam, string Waarde)[] omgeving)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (naam, waarde) in omgeving)
        {
            start.Environment[naam] = waarde;
        }
        using var proces = Process.Start(start)!;
        var stdout = proces.StandardOutput.ReadToEndAsync();
        var stderr = proces.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await proces.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            proces.Kill(entireProcessTree: true);
            throw new TimeoutException("The portal did not stop on a start-up error within 60 s.");
        }
        return (proces.ExitCode, await stdout + await stderr);
    }

    public void Dispose() => _map.Delete(recursive: true);
}
