using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dagbesteding.Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardStroom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PrognoseAanvragenPerMaand",
                table: "Stadsdelen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CasusStapWissels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CasusId = table.Column<int>(type: "INTEGER", nullable: false),
                    StadsdeelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Van = table.Column<int>(type: "INTEGER", nullable: true),
                    Naar = table.Column<int>(type: "INTEGER", nullable: false),
                    Op = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasusStapWissels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasusStapWissels_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CasusStapWissels_Stadsdelen_StadsdeelId",
                        column: x => x.StadsdeelId,
                        principalTable: "Stadsdelen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CasusStapWissels_CasusId",
                table: "CasusStapWissels",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_CasusStapWissels_StadsdeelId_Op",
                table: "CasusStapWissels",
                columns: new[] { "StadsdeelId", "Op" });
            // The municipality's forecast per month (CONTEXT.md), for the stadsdelen that already exist.
            migrationBuilder.Sql("UPDATE \"Stadsdelen\" SET \"PrognoseAanvragenPerMaand\" = 35 WHERE \"Code\" = 'centrum'");
            migrationBuilder.Sql("UPDATE \"Stadsdelen\" SET \"PrognoseAanvragenPerMaand\" = 85 WHERE \"Code\" = 'west'");
            migrationBuilder.Sql("UPDATE \"Stadsdelen\" SET \"PrognoseAanvragenPerMaand\" = 80 WHERE \"Code\" = 'oost'");
            migrationBuilder.Sql("UPDATE \"Stadsdelen\" SET \"PrognoseAanvragenPerMaand\" = 68 WHERE \"Code\" = 'noord'");
            migrationBuilder.Sql("UPDATE \"Stadsdelen\" SET \"PrognoseAanvragenPerMaand\" = 66 WHERE \"Code\" = 'zuid'");
            migrationBuilder.Sql("UPDATE \"Stadsdelen\" SET \"PrognoseAanvragenPerMaand\" = 62 WHERE \"Code\" = 'zuidoost'");
            migrationBuilder.Sql("UPDATE \"Stadsdelen\" SET \"PrognoseAanvragenPerMaand\" = 99 WHERE \"Code\" = 'nieuw-west'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CasusStapWissels");

            migrationBuilder.DropColumn(
                name: "PrognoseAanvragenPerMaand",
                table: "Stadsdelen");
        }
    }
}
