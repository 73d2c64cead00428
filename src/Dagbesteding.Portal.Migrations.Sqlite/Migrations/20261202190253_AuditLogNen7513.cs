using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dagbesteding.Portal.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "Client",
                table: "AuditRegels",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IpAdres",
                table: "AuditRegels",
                type: "TEXT",
                maxLength: 45,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NamensMedewerkerId",
                table: "AuditRegels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganisatieId",
                table: "AuditRegels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Resultaat",
                table: "AuditRegels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Rollen",
                table: "AuditRegels",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SessieId",
                table: "AuditRegels",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Taak",
                table: "AuditRegels",
                type: "TEXT",
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
