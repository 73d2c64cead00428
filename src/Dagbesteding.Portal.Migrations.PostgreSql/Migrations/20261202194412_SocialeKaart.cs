using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dagbesteding.Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SocialeKaart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BeeindigdOp",
                table: "Organisaties",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Actief",
                table: "Locaties",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "Adres",
                table: "Locaties",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BeeindigdOp",
                table: "Locaties",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ContactpersoonId",
                table: "Locaties",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Groepsgrootte",
                table: "Locaties",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JekuntmeerUrl",
                table: "Locaties",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Rolstoeltoegankelijk",
                table: "Locaties",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Stadsbreed",
                table: "Locaties",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "Talen",
                table: "Locaties",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateOnly>(
                name: "WachttijdBijgewerktOp",
                table: "Locaties",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WachttijdIndicatie",
                table: "Locaties",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LocatieId",
                table: "Adviesvragen",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LocatieWijzigingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LocatieId = table.Column<int>(type: "integer", nullable: false),
                    MedewerkerId = table.Column<int>(type: "integer", nullable: false),
                    Op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Velden = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocatieWijzigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocatieWijzigingen_Locaties_LocatieId",
                        column: x => x.LocatieId,
                        principalTable: "Locaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LocatieWijzigingen_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganisatieStadsdeel",
                columns: table => new
                {
                    ActieveStadsdelenId = table.Column<int>(type: "integer", nullable: false),
                    OrganisatieId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisatieStadsdeel", x => new { x.ActieveStadsdelenId, x.OrganisatieId });
                    table.ForeignKey(
                        name: "FK_OrganisatieStadsdeel_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisatieStadsdeel_Stadsdelen_ActieveStadsdelenId",
                        column: x => x.ActieveStadsdelenId,
                        principalTable: "Stadsdelen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Locaties_Actief_StadsdeelId",
                table: "Locaties",
                columns: new[] { "Actief", "StadsdeelId" });

            migrationBuilder.CreateIndex(
                name: "IX_Locaties_ContactpersoonId",
                table: "Locaties",
                column: "ContactpersoonId");

            migrationBuilder.CreateIndex(
                name: "IX_Adviesvragen_LocatieId",
                table: "Adviesvragen",
                column: "LocatieId");

            migrationBuilder.CreateIndex(
                name: "IX_LocatieWijzigingen_LocatieId_Op",
                table: "LocatieWijzigingen",
                columns: new[] { "LocatieId", "Op" });

            migrationBuilder.CreateIndex(
                name: "IX_LocatieWijzigingen_MedewerkerId",
                table: "LocatieWijzigingen",
                column: "MedewerkerId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisatieStadsdeel_OrganisatieId",
                table: "OrganisatieStadsdeel",
                column: "OrganisatieId");

            migrationBuilder.AddForeignKey(
                name: "FK_Adviesvragen_Locaties_LocatieId",
                table: "Adviesvragen",
                column: "LocatieId",
                principalTable: "Locaties",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Locaties_Medewerkers_ContactpersoonId",
                table: "Locaties",
                column: "ContactpersoonId",
                principalTable: "Medewerkers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Adviesvragen_Locaties_LocatieId",
                table: "Adviesvragen");

            migrationBuilder.DropForeignKey(
                name: "FK_Locaties_Medewerkers_ContactpersoonId",
                table: "Locaties");

            migrationBuilder.DropTable(
                name: "LocatieWijzigingen");

            migrationBuilder.DropTable(
                name: "OrganisatieStadsdeel");

            migrationBuilder.DropIndex(
                name: "IX_Locaties_Actief_StadsdeelId",
                table: "Locaties");

            migrationBuilder.DropIndex(
                name: "IX_Locaties_ContactpersoonId",
                table: "Locaties");

            migrationBuilder.DropIndex(
                name: "IX_Adviesvragen_LocatieId",
                table: "Adviesvragen");

            migrationBuilder.DropColumn(
                name: "BeeindigdOp",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "Actief",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "Adres",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "BeeindigdOp",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "ContactpersoonId",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "Groepsgrootte",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "JekuntmeerUrl",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "Rolstoeltoegankelijk",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "Stadsbreed",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "Talen",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "WachttijdBijgewerktOp",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "WachttijdIndicatie",
                table: "Locaties");

            migrationBuilder.DropColumn(
                name: "LocatieId",
                table: "Adviesvragen");
        }
    }
}
