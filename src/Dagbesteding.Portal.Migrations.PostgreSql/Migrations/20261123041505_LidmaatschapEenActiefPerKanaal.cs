using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dagbesteding.Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LidmaatschapEenActiefPerKanaal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Lidmaatschappen_KanaalId",
                table: "Lidmaatschappen");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_EenActiefPerKanaal",
                table: "Lidmaatschappen",
                columns: new[] { "KanaalId", "MedewerkerId" },
                unique: true,
                filter: "\"AfgemeldOp\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Lidmaatschappen_EenActiefPerKanaal",
                table: "Lidmaatschappen");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_KanaalId",
                table: "Lidmaatschappen",
                column: "KanaalId");
        }
    }
}
