using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dagbesteding.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SpelregelsBesluit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Afsluiting",
                table: "Adviesvragen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BesluitDoorId",
                table: "Adviesvragen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WensAmsterdammer",
                table: "Adviesvragen",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Adviesvragen_BesluitDoorId",
                table: "Adviesvragen",
                column: "BesluitDoorId");

            migrationBuilder.AddForeignKey(
                name: "FK_Adviesvragen_Medewerkers_BesluitDoorId",
                table: "Adviesvragen",
                column: "BesluitDoorId",
                principalTable: "Medewerkers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Until now only the asker could decide, always with a decision: say so on the questions decided before.
            migrationBuilder.Sql("UPDATE \"Adviesvragen\" SET \"Afsluiting\" = 1, \"BesluitDoorId\" = \"AuteurId\" WHERE \"Status\" = 3;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Adviesvragen_Medewerkers_BesluitDoorId",
                table: "Adviesvragen");

            migrationBuilder.DropIndex(
                name: "IX_Adviesvragen_BesluitDoorId",
                table: "Adviesvragen");

            migrationBuilder.DropColumn(
                name: "Afsluiting",
                table: "Adviesvragen");

            migrationBuilder.DropColumn(
                name: "BesluitDoorId",
                table: "Adviesvragen");

            migrationBuilder.DropColumn(
                name: "WensAmsterdammer",
                table: "Adviesvragen");
        }
    }
}
