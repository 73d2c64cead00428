using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dagbesteding.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MeldingenBuitenDePortal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "InBel",
                table: "Meldingen",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "KanaalId",
                table: "Meldingen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Samenvatting",
                table: "Meldingen",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "Nieuwe melding in de Dagbesteding Portal");

            migrationBuilder.AddColumn<int>(
                name: "Soort",
                table: "Meldingen",
                type: "INTEGER",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<bool>(
                name: "Spoed",
                table: "Meldingen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "VerdeeldOp",
                table: "Meldingen",
                type: "INTEGER",
                nullable: true);

            // Meldingen from before this version are history: planning them now would buzz every phone with old news.
            migrationBuilder.Sql("UPDATE \"Meldingen\" SET \"VerdeeldOp\" = \"Op\";");

            migrationBuilder.AddColumn<bool>(
                name: "MeldingenBuitenPortaal",
                table: "Lidmaatschappen",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "MeldingInstellingen",
                columns: table => new
                {
                    MedewerkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    StilBuitenWerktijd = table.Column<bool>(type: "INTEGER", nullable: false),
                    SpoedDoorbreektStilte = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmailGeweigerdOp = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailFout = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeldingInstellingen", x => x.MedewerkerId);
                    table.ForeignKey(
                        name: "FK_MeldingInstellingen_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeldingVoorkeuren",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MedewerkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Soort = table.Column<int>(type: "INTEGER", nullable: false),
                    Push = table.Column<bool>(type: "INTEGER", nullable: false),
                    Email = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeldingVoorkeuren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeldingVoorkeuren_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PushAbonnementen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MedewerkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Endpoint = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    P256dh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Auth = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Apparaat = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    LaatstVerstuurdOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PushAbonnementen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PushAbonnementen_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeldingBezorgingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeldingId = table.Column<long>(type: "INTEGER", nullable: false),
                    MedewerkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Weg = table.Column<int>(type: "INTEGER", nullable: false),
                    PushAbonnementId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    NietVoor = table.Column<long>(type: "INTEGER", nullable: false),
                    BezigSinds = table.Column<long>(type: "INTEGER", nullable: true),
                    Claim = table.Column<Guid>(type: "TEXT", nullable: true),
                    Pogingen = table.Column<int>(type: "INTEGER", nullable: false),
                    AfgehandeldOp = table.Column<long>(type: "INTEGER", nullable: true),
                    Fout = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeldingBezorgingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeldingBezorgingen_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeldingBezorgingen_Meldingen_MeldingId",
                        column: x => x.MeldingId,
                        principalTable: "Meldingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeldingBezorgingen_PushAbonnementen_PushAbonnementId",
                        column: x => x.PushAbonnementId,
                        principalTable: "PushAbonnementen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_VerdeeldOp",
                table: "Meldingen",
                column: "VerdeeldOp");

            migrationBuilder.CreateIndex(
                name: "IX_MeldingBezorgingen_MedewerkerId",
                table: "MeldingBezorgingen",
                column: "MedewerkerId");

            migrationBuilder.CreateIndex(
                name: "IX_MeldingBezorgingen_MeldingId_Weg",
                table: "MeldingBezorgingen",
                columns: new[] { "MeldingId", "Weg" });

            migrationBuilder.CreateIndex(
                name: "IX_MeldingBezorgingen_PushAbonnementId",
                table: "MeldingBezorgingen",
                column: "PushAbonnementId");

            migrationBuilder.CreateIndex(
                name: "IX_MeldingBezorgingen_Status_NietVoor",
                table: "MeldingBezorgingen",
                columns: new[] { "Status", "NietVoor" });

            migrationBuilder.CreateIndex(
                name: "IX_MeldingVoorkeuren_MedewerkerId_Soort",
                table: "MeldingVoorkeuren",
                columns: new[] { "MedewerkerId", "Soort" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PushAbonnementen_Endpoint",
                table: "PushAbonnementen",
                column: "Endpoint",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PushAbonnementen_MedewerkerId",
                table: "PushAbonnementen",
                column: "MedewerkerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeldingBezorgingen");

            migrationBuilder.DropTable(
                name: "MeldingInstellingen");

            migrationBuilder.DropTable(
                name: "MeldingVoorkeuren");

            migrationBuilder.DropTable(
                name: "PushAbonnementen");

            migrationBuilder.DropIndex(
                name: "IX_Meldingen_VerdeeldOp",
                table: "Meldingen");

            migrationBuilder.DropColumn(
                name: "InBel",
                table: "Meldingen");

            migrationBuilder.DropColumn(
                name: "KanaalId",
                table: "Meldingen");

            migrationBuilder.DropColumn(
                name: "Samenvatting",
                table: "Meldingen");

            migrationBuilder.DropColumn(
                name: "Soort",
                table: "Meldingen");

            migrationBuilder.DropColumn(
                name: "Spoed",
                table: "Meldingen");

            migrationBuilder.DropColumn(
                name: "VerdeeldOp",
                table: "Meldingen");

            migrationBuilder.DropColumn(
                name: "MeldingenBuitenPortaal",
                table: "Lidmaatschappen");
        }
    }
}
