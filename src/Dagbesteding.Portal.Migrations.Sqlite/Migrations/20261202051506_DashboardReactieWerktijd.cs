using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dagbesteding.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardReactieWerktijd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AuteurOrganisatieId",
                table: "Reacties",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "WerktijdSindsVraag",
                table: "Reacties",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reacties_AuteurOrganisatieId",
                table: "Reacties",
                column: "AuteurOrganisatieId");

            migrationBuilder.AddForeignKey(
                name: "FK_Reacties_Organisaties_AuteurOrganisatieId",
                table: "Reacties",
                column: "AuteurOrganisatieId",
                principalTable: "Organisaties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
            // Replies stored before this migration: the author's current organisation. Their working time stays empty
            // (the dashboard leaves them out of the per-organisation speed rather than guess).
            migrationBuilder.Sql("UPDATE \"Reacties\" SET \"AuteurOrganisatieId\" = (SELECT \"OrganisatieId\" FROM \"Medewerkers\" WHERE \"Medewerkers\".\"Id\" = \"Reacties\".\"AuteurId\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Reacties_Organisaties_AuteurOrganisatieId",
                table: "Reacties");

            migrationBuilder.DropIndex(
                name: "IX_Reacties_AuteurOrganisatieId",
                table: "Reacties");

            migrationBuilder.DropColumn(
                name: "AuteurOrganisatieId",
                table: "Reacties");

            migrationBuilder.DropColumn(
                name: "WerktijdSindsVraag",
                table: "Reacties");
        }
    }
}
