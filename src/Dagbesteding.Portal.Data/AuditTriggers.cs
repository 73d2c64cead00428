namespace Dagbesteding.Portal.Data;

/// <summary>
/// The audit table is append-only in the database itself, not only in the portal's code: a trigger refuses every
/// UPDATE and DELETE. The one exception is the retention job, which removes lines past the term through a deliberate
/// switch that only lives inside its own transaction:
/// <list type="bullet">
/// <item>PostgreSQL: <c>set_config('dagbesteding.bewaartermijn', 'aan', true)</c> — a transaction-local setting
/// (<c>SET LOCAL</c>), gone at commit or rollback, invisible to every other connection.</item>
/// <item>SQLite has no session settings: a one-row control table <c>AuditBewaartermijn</c> that the job sets to 1 and
/// back to 0 inside its write transaction; SQLite has one writer at a time and other connections never see the
/// uncommitted 1.</item>
/// </list>
/// Used by the migration AuditAlleenToevoegen; a regenerated migration calls <see cref="Sqlite"/> / <see cref="PostgreSql"/>
/// again (and <see cref="SqliteTerug"/> / <see cref="PostgreSqlTerug"/> in Down).
/// </summary>
public static class AuditTriggers
{
    public const string PostgreSqlInstelling = "dagbesteding.bewaartermijn";

    public const string Sqlite = """
        CREATE TABLE "AuditBewaartermijn" ("Id" INTEGER NOT NULL PRIMARY KEY CHECK ("Id" = 1), "Aan" INTEGER NOT NULL DEFAULT 0);
        INSERT INTO "AuditBewaartermijn" ("Id", "Aan") VALUES (1, 0);
        CREATE TRIGGER "AuditRegels_GeenWijziging" BEFORE UPDATE ON "AuditRegels"
        BEGIN SELECT RAISE(ABORT, 'AuditRegels is append-only: wijzigen is niet toegestaan'); END;
        CREATE TRIGGER "AuditRegels_GeenVerwijdering" BEFORE DELETE ON "AuditRegels"
        WHEN (SELECT "Aan" FROM "AuditBewaartermijn" WHERE "Id" = 1) IS NOT 1
        BEGIN SELECT RAISE(ABORT, 'AuditRegels is append-only: verwijderen mag alleen de bewaartermijntaak'); END;
        """;

    public const string SqliteTerug = """
        DROP TRIGGER IF EXISTS "AuditRegels_GeenVerwijdering";
        DROP TRIGGER IF EXISTS "AuditRegels_GeenWijziging";
        DROP TABLE IF EXISTS "AuditBewaartermijn";
        """;

    public const string PostgreSql = """
        CREATE OR REPLACE FUNCTION audit_regels_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND current_setting('dagbesteding.bewaartermijn', true) = 'aan' THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'AuditRegels is append-only: % is niet toegestaan', TG_OP;
        END
        $$;
        CREATE TRIGGER audit_regels_alleen_toevoegen BEFORE UPDATE OR DELETE ON "AuditRegels"
            FOR EACH ROW EXECUTE FUNCTION audit_regels_alleen_toevoegen();
        CREATE TRIGGER audit_regels_geen_truncate BEFORE TRUNCATE ON "AuditRegels"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_regels_alleen_toevoegen();
        """;

    public const string PostgreSqlTerug = """
        DROP TRIGGER IF EXISTS audit_regels_geen_truncate ON "AuditRegels";
        DROP TRIGGER IF EXISTS audit_regels_alleen_toevoegen ON "AuditRegels";
        DROP FUNCTION IF EXISTS audit_regels_alleen_toevoegen();
        """;

    /// <summary>
    /// Lines written before the result had its own field: action 5 ("Geweigerd") becomes the refused view or
    /// change it was. Runs before the triggers exist.
    /// </summary>
    public const string OudeWeigeringen = """
        UPDATE "AuditRegels" SET "Resultaat" = 2, "Actie" = CASE WHEN "Toelichting" = 'Wijziging zonder toegang' THEN 3 ELSE 1 END WHERE "Actie" = 5;
        """;
}
