using Dagbesteding.Portal.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dagbesteding.Portal.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// The audit table becomes append-only (see <see cref="AuditTriggers"/>). Its own migration: a later migration that
    /// rebuilds "AuditRegels" on SQLite must create these triggers again.
    /// </summary>
    public partial class AuditAlleenToevoegen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Old refusals first (the triggers refuse any UPDATE afterwards).
            migrationBuilder.Sql(AuditTriggers.OudeWeigeringen);
            migrationBuilder.Sql(AuditTriggers.PostgreSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditTriggers.PostgreSqlTerug);
        }
    }
}
