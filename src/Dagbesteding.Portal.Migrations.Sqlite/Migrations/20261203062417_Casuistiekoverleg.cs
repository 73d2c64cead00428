using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dagbesteding.Portal.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KanaalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Datum = table.Column<long>(type: "INTEGER", nullable: false),
                    Plaats = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    AangemaaktDoorId = table.Column<int>(type: "INTEGER", nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OverlegId = table.Column<int>(type: "INTEGER", nullable: false),
                    AdviesvraagId = table.Column<int>(type: "INTEGER", nullable: true),
                    CasusId = table.Column<int>(type: "INTEGER", nullable: true),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ToegevoegdDoorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToegevoegdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    Uitkomst = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UitkomstOp = table.Column<long>(type: "INTEGER", nullable: true),
                    UitkomstDoorId = table.Column<int>(type: "INTEGER", nullable: true)
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
