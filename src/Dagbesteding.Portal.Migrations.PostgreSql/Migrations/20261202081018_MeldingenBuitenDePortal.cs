using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dagbesteding.Portal.Migrations.PostgreSql.Migrations
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
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "KanaalId",
                table: "Meldingen",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Samenvatting",
                table: "Meldingen",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "Nieuwe melding in de Dagbesteding Portal");

            migrationBuilder.AddColumn<int>(
                name: "Soort",
                table: "Meldingen",
                type: "integer",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<bool>(
                name: "Spoed",
                table: "Meldingen",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VerdeeldOp",
                table: "Meldingen",
                type: "timestamp with time zone",
                nullable: true);

            // Meldingen from before this version are history: planning them now would buzz every phone with old news.
            migrationBuilder.Sql("UPDATE \"Meldingen\" SET \"VerdeeldOp\" = \"Op\";");

            migrationBuilder.AddColumn<bool>(
                name: "MeldingenBuitenPortaal",
                table: "Lidmaatschappen",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "MeldingInstellingen",
                columns: table => new
                {
                    MedewerkerId = table.Column<int>(type: "integer", nullable: false),
                    StilBuitenWerktijd = table.Column<bool>(type: "boolean", nullable: false),
                    SpoedDoorbreektStilte = table.Column<bool>(type: "boolean", nullable: false),
                    EmailGeweigerdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EmailFout = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MedewerkerId = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<int>(type: "integer", nullable: false),
                    Push = table.Column<bool>(type: "boolean", nullable: false),
                    Email = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MedewerkerId = table.Column<int>(type: "integer", nullable: false),
                    Endpoint = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    P256dh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Auth = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Apparaat = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LaatstVerstuurdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeldingId = table.Column<long>(type: "bigint", nullable: false),
                    MedewerkerId = table.Column<int>(type: "integer", nullable: false),
                    Weg = table.Column<int>(type: "integer", nullable: false),
                    PushAbonnementId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    NietVoor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BezigSinds = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Claim = table.Column<Guid>(type: "uuid", nullable: true),
                    Pogingen = table.Column<int>(type: "integer", nullable: false),
                    AfgehandeldOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Fout = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
