using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dagbesteding.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GerichteVraag : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "GerichtAanOrganisatieId",
                table: "Adviesvragen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Adviesvragen_GerichtAanOrganisatieId",
                table: "Adviesvragen",
                column: "GerichtAanOrganisatieId");

            migrationBuilder.AddForeignKey(
                name: "FK_Adviesvragen_Organisaties_GerichtAanOrganisatieId",
                table: "Adviesvragen",
                column: "GerichtAanOrganisatieId",
                principalTable: "Organisaties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Adviesvragen_Organisaties_GerichtAanOrganisatieId",
                table: "Adviesvragen");

            migrationBuilder.DropIndex(
                name: "IX_Adviesvragen_GerichtAanOrganisatieId",
                table: "Adviesvragen");

            migrationBuilder.DropColumn(
                name: "GerichtAanOrganisatieId",
                table: "Adviesvragen");
        }
    }
}
