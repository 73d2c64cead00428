using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dagbesteding.Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class EvaluatiesPlannen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Evaluaties_OndersteuningsplanId",
                table: "Evaluaties");

            migrationBuilder.DropIndex(
                name: "IX_Evaluaties_StartOp_GeopendOp",
                table: "Evaluaties");

            migrationBuilder.RenameColumn(
                name: "RegievoerderBijVoorgesprek",
                table: "Evaluaties",
                newName: "RegievoerderBijEvaluatiegesprek");

            migrationBuilder.AddColumn<string>(
                name: "Advies",
                table: "Evaluaties",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DoelenBereikt",
                table: "Evaluaties",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JobId",
                table: "Evaluaties",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "JobVoor",
                table: "Evaluaties",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OverdrachtDoorMedewerkerId",
                table: "Evaluaties",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TeLaatGemeldOp",
                table: "Evaluaties",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WatWerkte",
                table: "Evaluaties",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgendaKoppelingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MedewerkerId = table.Column<int>(type: "integer", nullable: false),
                    SleutelHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IngetrokkenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LaatstGebruiktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaKoppelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaKoppelingen_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluaties_AfgerondOp_Evaluatiedatum",
                table: "Evaluaties",
                columns: new[] { "AfgerondOp", "Evaluatiedatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluaties_GeopendOp_StartOp",
                table: "Evaluaties",
                columns: new[] { "GeopendOp", "StartOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluaties_OndersteuningsplanId_Lopend",
                table: "Evaluaties",
                column: "OndersteuningsplanId",
                unique: true,
                filter: "\"AfgerondOp\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaKoppelingen_MedewerkerId",
                table: "AgendaKoppelingen",
                column: "MedewerkerId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaKoppelingen_SleutelHash",
                table: "AgendaKoppelingen",
                column: "SleutelHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaKoppelingen");

            migrationBuilder.DropIndex(
                name: "IX_Evaluaties_AfgerondOp_Evaluatiedatum",
                table: "Evaluaties");

            migrationBuilder.DropIndex(
                name: "IX_Evaluaties_GeopendOp_StartOp",
                table: "Evaluaties");

            migrationBuilder.DropIndex(
                name: "IX_Evaluaties_OndersteuningsplanId_Lopend",
                table: "Evaluaties");

            migrationBuilder.DropColumn(
                name: "Advies",
                table: "Evaluaties");

            migrationBuilder.DropColumn(
                name: "DoelenBereikt",
                table: "Evaluaties");

            migrationBuilder.DropColumn(
                name: "JobId",
                table: "Evaluaties");

            migrationBuilder.DropColumn(
                name: "JobVoor",
                table: "Evaluaties");

            migrationBuilder.DropColumn(
                name: "OverdrachtDoorMedewerkerId",
                table: "Evaluaties");

            migrationBuilder.DropColumn(
                name: "TeLaatGemeldOp",
                table: "Evaluaties");

            migrationBuilder.DropColumn(
                name: "WatWerkte",
                table: "Evaluaties");

            migrationBuilder.RenameColumn(
                name: "RegievoerderBijEvaluatiegesprek",
                table: "Evaluaties",
                newName: "RegievoerderBijVoorgesprek");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluaties_OndersteuningsplanId",
                table: "Evaluaties",
                column: "OndersteuningsplanId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluaties_StartOp_GeopendOp",
                table: "Evaluaties",
                columns: new[] { "StartOp", "GeopendOp" });
        }
    }
}
