using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dagbesteding.Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AuditLogNen7513 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ObjectId",
                table: "AuditRegels",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<string>(
                name: "Client",
                table: "AuditRegels",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IpAdres",
                table: "AuditRegels",
                type: "character varying(45)",
                maxLength: 45,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NamensMedewerkerId",
                table: "AuditRegels",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganisatieId",
                table: "AuditRegels",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Resultaat",
                table: "AuditRegels",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Rollen",
                table: "AuditRegels",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SessieId",
                table: "AuditRegels",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Taak",
                table: "AuditRegels",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRegels_MedewerkerId_Op",
                table: "AuditRegels",
                columns: new[] { "MedewerkerId", "Op" });
            // The data fix and the append-only triggers follow in AuditAlleenToevoegen: on SQLite the ObjectId change
            // rebuilds the table at the end of this migration, which would drop triggers made here.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.DropIndex(
                name: "IX_AuditRegels_MedewerkerId_Op",
                table: "AuditRegels");

            migrationBuilder.DropColumn(
                name: "Client",
                table: "AuditRegels");

            migrationBuilder.DropColumn(
                name: "IpAdres",
                table: "AuditRegels");

            migrationBuilder.DropColumn(
                name: "NamensMedewerkerId",
                table: "AuditRegels");

            migrationBuilder.DropColumn(
                name: "OrganisatieId",
                table: "AuditRegels");

            migrationBuilder.DropColumn(
                name: "Resultaat",
                table: "AuditRegels");

            migrationBuilder.DropColumn(
                name: "Rollen",
                table: "AuditRegels");

            migrationBuilder.DropColumn(
                name: "SessieId",
                table: "AuditRegels");

            migrationBuilder.DropColumn(
                name: "Taak",
                table: "AuditRegels");

            migrationBuilder.AlterColumn<int>(
                name: "ObjectId",
                table: "AuditRegels",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
