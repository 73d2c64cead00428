using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dagbesteding.Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Casuistiekoverleg : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Overleggen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KanaalId = table.Column<int>(type: "integer", nullable: false),
                    Datum = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Plaats = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Online = table.Column<bool>(type: "boolean", nullable: false),
                    AangemaaktDoorId = table.Column<int>(type: "integer", nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Overleggen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Overleggen_Kanalen_KanaalId",
                        column: x => x.KanaalId,
                        principalTable: "Kanalen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Overleggen_Medewerkers_AangemaaktDoorId",
                        column: x => x.AangemaaktDoorId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OverlegPunten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OverlegId = table.Column<int>(type: "integer", nullable: false),
                    AdviesvraagId = table.Column<int>(type: "integer", nullable: true),
                    CasusId = table.Column<int>(type: "integer", nullable: true),
                    Toelichting = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ToegevoegdDoorId = table.Column<int>(type: "integer", nullable: false),
                    ToegevoegdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Uitkomst = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UitkomstOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UitkomstDoorId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverlegPunten", x => x.Id);
                    table.CheckConstraint("CK_OverlegPunten_PreciesEen", "(\"AdviesvraagId\" IS NULL) <> (\"CasusId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_OverlegPunten_Adviesvragen_AdviesvraagId",
                        column: x => x.AdviesvraagId,
                        principalTable: "Adviesvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OverlegPunten_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OverlegPunten_Medewerkers_ToegevoegdDoorId",
                        column: x => x.ToegevoegdDoorId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OverlegPunten_Medewerkers_UitkomstDoorId",
                        column: x => x.UitkomstDoorId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OverlegPunten_Overleggen_OverlegId",
                        column: x => x.OverlegId,
                        principalTable: "Overleggen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Overleggen_AangemaaktDoorId",
                table: "Overleggen",
                column: "AangemaaktDoorId");

            migrationBuilder.CreateIndex(
                name: "IX_Overleggen_KanaalId_Datum",
                table: "Overleggen",
                columns: new[] { "KanaalId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_OverlegPunten_AdviesvraagId",
                table: "OverlegPunten",
                column: "AdviesvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_OverlegPunten_CasusId",
                table: "OverlegPunten",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_OverlegPunten_OverlegId_AdviesvraagId",
                table: "OverlegPunten",
                columns: new[] { "OverlegId", "AdviesvraagId" },
                unique: true,
                filter: "\"AdviesvraagId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OverlegPunten_OverlegId_CasusId",
                table: "OverlegPunten",
                columns: new[] { "OverlegId", "CasusId" },
                unique: true,
                filter: "\"CasusId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OverlegPunten_ToegevoegdDoorId",
                table: "OverlegPunten",
                column: "ToegevoegdDoorId");

            migrationBuilder.CreateIndex(
                name: "IX_OverlegPunten_UitkomstDoorId",
                table: "OverlegPunten",
                column: "UitkomstDoorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OverlegPunten");

            migrationBuilder.DropTable(
                name: "Overleggen");
        }
    }
}
