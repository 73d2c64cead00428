using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dagbesteding.Portal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initieel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditRegels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GebruikerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    MedewerkerId = table.Column<int>(type: "integer", nullable: true),
                    Actie = table.Column<int>(type: "integer", nullable: false),
                    ObjectSoort = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ObjectId = table.Column<int>(type: "integer", nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRegels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Doelgroepen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Doelgroepen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Gemeenten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gemeenten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ClaimType = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClaimValue = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sluitingsdagen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GemeenteId = table.Column<int>(type: "integer", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sluitingsdagen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sluitingsdagen_Gemeenten_GemeenteId",
                        column: x => x.GemeenteId,
                        principalTable: "Gemeenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stadsdelen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GemeenteId = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stadsdelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stadsdelen_Gemeenten_GemeenteId",
                        column: x => x.GemeenteId,
                        principalTable: "Gemeenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kanalen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StadsdeelId = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kanalen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kanalen_Stadsdelen_StadsdeelId",
                        column: x => x.StadsdeelId,
                        principalTable: "Stadsdelen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organisaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GemeenteId = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    StadsdeelId = table.Column<int>(type: "integer", nullable: true),
                    Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Actief = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisaties_Gemeenten_GemeenteId",
                        column: x => x.GemeenteId,
                        principalTable: "Gemeenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Organisaties_Stadsdelen_StadsdeelId",
                        column: x => x.StadsdeelId,
                        principalTable: "Stadsdelen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Locaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisatieId = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StadsdeelId = table.Column<int>(type: "integer", nullable: false),
                    Activiteit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Percelen = table.Column<int>(type: "integer", nullable: false),
                    Prikkelarm = table.Column<bool>(type: "boolean", nullable: false),
                    VervoerMogelijk = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Locaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Locaties_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Locaties_Stadsdelen_StadsdeelId",
                        column: x => x.StadsdeelId,
                        principalTable: "Stadsdelen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Medewerkers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisatieId = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Functie = table.Column<int>(type: "integer", nullable: false),
                    Actief = table.Column<bool>(type: "boolean", nullable: false),
                    GekozenStadsdeelId = table.Column<int>(type: "integer", nullable: true),
                    DonkereModus = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Medewerkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Medewerkers_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Medewerkers_Stadsdelen_GekozenStadsdeelId",
                        column: x => x.GekozenStadsdeelId,
                        principalTable: "Stadsdelen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LocatieDoelgroep",
                columns: table => new
                {
                    DoelgroepenId = table.Column<int>(type: "integer", nullable: false),
                    LocatieId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocatieDoelgroep", x => new { x.DoelgroepenId, x.LocatieId });
                    table.ForeignKey(
                        name: "FK_LocatieDoelgroep_Doelgroepen_DoelgroepenId",
                        column: x => x.DoelgroepenId,
                        principalTable: "Doelgroepen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LocatieDoelgroep_Locaties_LocatieId",
                        column: x => x.LocatieId,
                        principalTable: "Locaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MedewerkerId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SecurityStamp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PhoneNumber = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Lidmaatschappen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KanaalId = table.Column<int>(type: "integer", nullable: false),
                    MedewerkerId = table.Column<int>(type: "integer", nullable: false),
                    Vanaf = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AfgemeldOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AfmeldReden = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Automatisch = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lidmaatschappen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Kanalen_KanaalId",
                        column: x => x.KanaalId,
                        principalTable: "Kanalen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meldingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MedewerkerId = table.Column<int>(type: "integer", nullable: false),
                    Op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Tekst = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    GelezenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meldingen_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ClaimType = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClaimValue = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProviderKey = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RoleId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LoginProvider = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Name = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Value = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdviesvraagDoelgroep",
                columns: table => new
                {
                    AdviesvraagId = table.Column<int>(type: "integer", nullable: false),
                    DoelgroepenId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdviesvraagDoelgroep", x => new { x.AdviesvraagId, x.DoelgroepenId });
                    table.ForeignKey(
                        name: "FK_AdviesvraagDoelgroep_Doelgroepen_DoelgroepenId",
                        column: x => x.DoelgroepenId,
                        principalTable: "Doelgroepen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Adviesvragen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KanaalId = table.Column<int>(type: "integer", nullable: false),
                    AuteurId = table.Column<int>(type: "integer", nullable: false),
                    Leeftijdscategorie = table.Column<int>(type: "integer", nullable: false),
                    GewenstPerceel = table.Column<int>(type: "integer", nullable: true),
                    VervoerNodig = table.Column<bool>(type: "boolean", nullable: false),
                    Spoed = table.Column<bool>(type: "boolean", nullable: false),
                    Vraag = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    GeplaatstOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WaarschuwingOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EscalatieVerstuurdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    VerlopenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EersteReactieOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EersteReactieWerktijd = table.Column<TimeSpan>(type: "interval", nullable: true),
                    TermijnGehaald = table.Column<bool>(type: "boolean", nullable: true),
                    BesluitOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GekozenReactieId = table.Column<int>(type: "integer", nullable: true),
                    BesluitToelichting = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Adviesvragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Adviesvragen_Kanalen_KanaalId",
                        column: x => x.KanaalId,
                        principalTable: "Kanalen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Adviesvragen_Medewerkers_AuteurId",
                        column: x => x.AuteurId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Casussen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StadsdeelId = table.Column<int>(type: "integer", nullable: false),
                    Kenmerk = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Stap = table.Column<int>(type: "integer", nullable: false),
                    InStapSinds = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegievoerderId = table.Column<int>(type: "integer", nullable: false),
                    AanbiederId = table.Column<int>(type: "integer", nullable: true),
                    AangemaaktDoorOrganisatieId = table.Column<int>(type: "integer", nullable: false),
                    Perceel = table.Column<int>(type: "integer", nullable: true),
                    Spoed = table.Column<bool>(type: "boolean", nullable: false),
                    TijdelijkGestopt = table.Column<bool>(type: "boolean", nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BronAdviesvraagId = table.Column<int>(type: "integer", nullable: true),
                    Versie = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Casussen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Casussen_Adviesvragen_BronAdviesvraagId",
                        column: x => x.BronAdviesvraagId,
                        principalTable: "Adviesvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Casussen_Medewerkers_RegievoerderId",
                        column: x => x.RegievoerderId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Casussen_Organisaties_AanbiederId",
                        column: x => x.AanbiederId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Casussen_Organisaties_AangemaaktDoorOrganisatieId",
                        column: x => x.AangemaaktDoorOrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Casussen_Stadsdelen_StadsdeelId",
                        column: x => x.StadsdeelId,
                        principalTable: "Stadsdelen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Leesbevestigingen",
                columns: table => new
                {
                    MedewerkerId = table.Column<int>(type: "integer", nullable: false),
                    AdviesvraagId = table.Column<int>(type: "integer", nullable: false),
                    GelezenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leesbevestigingen", x => new { x.MedewerkerId, x.AdviesvraagId });
                    table.ForeignKey(
                        name: "FK_Leesbevestigingen_Adviesvragen_AdviesvraagId",
                        column: x => x.AdviesvraagId,
                        principalTable: "Adviesvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Leesbevestigingen_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reacties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AdviesvraagId = table.Column<int>(type: "integer", nullable: false),
                    AuteurId = table.Column<int>(type: "integer", nullable: false),
                    Tekst = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    GeplaatstOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsAanbod = table.Column<bool>(type: "boolean", nullable: false),
                    AanbodOrganisatieId = table.Column<int>(type: "integer", nullable: true),
                    AanbodLocatieId = table.Column<int>(type: "integer", nullable: true),
                    WachttijdWeken = table.Column<int>(type: "integer", nullable: true),
                    VervoerMogelijk = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reacties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reacties_Adviesvragen_AdviesvraagId",
                        column: x => x.AdviesvraagId,
                        principalTable: "Adviesvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reacties_Locaties_AanbodLocatieId",
                        column: x => x.AanbodLocatieId,
                        principalTable: "Locaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reacties_Medewerkers_AuteurId",
                        column: x => x.AuteurId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reacties_Organisaties_AanbodOrganisatieId",
                        column: x => x.AanbodOrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CasusGebeurtenissen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CasusId = table.Column<int>(type: "integer", nullable: false),
                    MedewerkerId = table.Column<int>(type: "integer", nullable: true),
                    Op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasusGebeurtenissen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasusGebeurtenissen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CasusGebeurtenissen_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Ondersteuningsplannen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CasusId = table.Column<int>(type: "integer", nullable: false),
                    Perceel = table.Column<int>(type: "integer", nullable: false),
                    AanbiederId = table.Column<int>(type: "integer", nullable: true),
                    LocatieId = table.Column<int>(type: "integer", nullable: true),
                    Startdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Evaluatiedatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AkkoordOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ToestemmingGegevenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ToestemmingIngetrokkenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AanbiederGeraadpleegdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AanmeldingDoor = table.Column<int>(type: "integer", nullable: false),
                    VraagverhelderingDoor = table.Column<int>(type: "integer", nullable: false),
                    PlanDoor = table.Column<int>(type: "integer", nullable: false),
                    EvaluatieDoor = table.Column<int>(type: "integer", nullable: false),
                    Versie = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ondersteuningsplannen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ondersteuningsplannen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Ondersteuningsplannen_Locaties_LocatieId",
                        column: x => x.LocatieId,
                        principalTable: "Locaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ondersteuningsplannen_Organisaties_AanbiederId",
                        column: x => x.AanbiederId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Signalen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CasusId = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<int>(type: "integer", nullable: false),
                    Op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DoorMedewerkerId = table.Column<int>(type: "integer", nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Signalen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Signalen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Signalen_Medewerkers_DoorMedewerkerId",
                        column: x => x.DoorMedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Evaluaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OndersteuningsplanId = table.Column<int>(type: "integer", nullable: false),
                    Evaluatiedatum = table.Column<DateOnly>(type: "date", nullable: false),
                    StartOp = table.Column<DateOnly>(type: "date", nullable: false),
                    GeopendOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    VoorgesprekOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RegievoerderBijVoorgesprek = table.Column<bool>(type: "boolean", nullable: true),
                    OverdrachtOntvangenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Uitkomst = table.Column<int>(type: "integer", nullable: true),
                    AfgerondOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Versie = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evaluaties_Ondersteuningsplannen_OndersteuningsplanId",
                        column: x => x.OndersteuningsplanId,
                        principalTable: "Ondersteuningsplannen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdviesvraagDoelgroep_DoelgroepenId",
                table: "AdviesvraagDoelgroep",
                column: "DoelgroepenId");

            migrationBuilder.CreateIndex(
                name: "IX_Adviesvragen_AuteurId",
                table: "Adviesvragen",
                column: "AuteurId");

            migrationBuilder.CreateIndex(
                name: "IX_Adviesvragen_GekozenReactieId",
                table: "Adviesvragen",
                column: "GekozenReactieId");

            migrationBuilder.CreateIndex(
                name: "IX_Adviesvragen_KanaalId_GeplaatstOp",
                table: "Adviesvragen",
                columns: new[] { "KanaalId", "GeplaatstOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Adviesvragen_Status_Deadline",
                table: "Adviesvragen",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Adviesvragen_Status_WaarschuwingOp",
                table: "Adviesvragen",
                columns: new[] { "Status", "WaarschuwingOp" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_MedewerkerId",
                table: "AspNetUsers",
                column: "MedewerkerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRegels_ObjectSoort_ObjectId_Op",
                table: "AuditRegels",
                columns: new[] { "ObjectSoort", "ObjectId", "Op" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRegels_Op",
                table: "AuditRegels",
                column: "Op");

            migrationBuilder.CreateIndex(
                name: "IX_CasusGebeurtenissen_CasusId_Op",
                table: "CasusGebeurtenissen",
                columns: new[] { "CasusId", "Op" });

            migrationBuilder.CreateIndex(
                name: "IX_CasusGebeurtenissen_MedewerkerId",
                table: "CasusGebeurtenissen",
                column: "MedewerkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_AanbiederId",
                table: "Casussen",
                column: "AanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_AangemaaktDoorOrganisatieId",
                table: "Casussen",
                column: "AangemaaktDoorOrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_BronAdviesvraagId",
                table: "Casussen",
                column: "BronAdviesvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_RegievoerderId",
                table: "Casussen",
                column: "RegievoerderId");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_StadsdeelId_Kenmerk",
                table: "Casussen",
                columns: new[] { "StadsdeelId", "Kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_StadsdeelId_Stap",
                table: "Casussen",
                columns: new[] { "StadsdeelId", "Stap" });

            migrationBuilder.CreateIndex(
                name: "IX_Doelgroepen_Code",
                table: "Doelgroepen",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evaluaties_OndersteuningsplanId",
                table: "Evaluaties",
                column: "OndersteuningsplanId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluaties_StartOp_GeopendOp",
                table: "Evaluaties",
                columns: new[] { "StartOp", "GeopendOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Gemeenten_Naam",
                table: "Gemeenten",
                column: "Naam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Kanalen_StadsdeelId",
                table: "Kanalen",
                column: "StadsdeelId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leesbevestigingen_AdviesvraagId",
                table: "Leesbevestigingen",
                column: "AdviesvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_KanaalId",
                table: "Lidmaatschappen",
                column: "KanaalId");

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_MedewerkerId_KanaalId_AfgemeldOp",
                table: "Lidmaatschappen",
                columns: new[] { "MedewerkerId", "KanaalId", "AfgemeldOp" });

            migrationBuilder.CreateIndex(
                name: "IX_LocatieDoelgroep_LocatieId",
                table: "LocatieDoelgroep",
                column: "LocatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Locaties_OrganisatieId",
                table: "Locaties",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Locaties_StadsdeelId",
                table: "Locaties",
                column: "StadsdeelId");

            migrationBuilder.CreateIndex(
                name: "IX_Medewerkers_Email",
                table: "Medewerkers",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Medewerkers_GekozenStadsdeelId",
                table: "Medewerkers",
                column: "GekozenStadsdeelId");

            migrationBuilder.CreateIndex(
                name: "IX_Medewerkers_OrganisatieId",
                table: "Medewerkers",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_MedewerkerId_GelezenOp",
                table: "Meldingen",
                columns: new[] { "MedewerkerId", "GelezenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsplannen_AanbiederId",
                table: "Ondersteuningsplannen",
                column: "AanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsplannen_CasusId",
                table: "Ondersteuningsplannen",
                column: "CasusId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsplannen_Evaluatiedatum",
                table: "Ondersteuningsplannen",
                column: "Evaluatiedatum");

            migrationBuilder.CreateIndex(
                name: "IX_Ondersteuningsplannen_LocatieId",
                table: "Ondersteuningsplannen",
                column: "LocatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_GemeenteId_Naam",
                table: "Organisaties",
                columns: new[] { "GemeenteId", "Naam" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_StadsdeelId",
                table: "Organisaties",
                column: "StadsdeelId");

            migrationBuilder.CreateIndex(
                name: "IX_Reacties_AanbodLocatieId",
                table: "Reacties",
                column: "AanbodLocatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Reacties_AanbodOrganisatieId",
                table: "Reacties",
                column: "AanbodOrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Reacties_AdviesvraagId_GeplaatstOp",
                table: "Reacties",
                columns: new[] { "AdviesvraagId", "GeplaatstOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Reacties_AuteurId",
                table: "Reacties",
                column: "AuteurId");

            migrationBuilder.CreateIndex(
                name: "IX_Signalen_CasusId",
                table: "Signalen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Signalen_DoorMedewerkerId",
                table: "Signalen",
                column: "DoorMedewerkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Sluitingsdagen_GemeenteId_Datum",
                table: "Sluitingsdagen",
                columns: new[] { "GemeenteId", "Datum" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stadsdelen_GemeenteId_Code",
                table: "Stadsdelen",
                columns: new[] { "GemeenteId", "Code" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AdviesvraagDoelgroep_Adviesvragen_AdviesvraagId",
                table: "AdviesvraagDoelgroep",
                column: "AdviesvraagId",
                principalTable: "Adviesvragen",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Adviesvragen_Reacties_GekozenReactieId",
                table: "Adviesvragen",
                column: "GekozenReactieId",
                principalTable: "Reacties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Reacties_Adviesvragen_AdviesvraagId",
                table: "Reacties");

            migrationBuilder.DropTable(
                name: "AdviesvraagDoelgroep");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditRegels");

            migrationBuilder.DropTable(
                name: "CasusGebeurtenissen");

            migrationBuilder.DropTable(
                name: "Evaluaties");

            migrationBuilder.DropTable(
                name: "Leesbevestigingen");

            migrationBuilder.DropTable(
                name: "Lidmaatschappen");

            migrationBuilder.DropTable(
                name: "LocatieDoelgroep");

            migrationBuilder.DropTable(
                name: "Meldingen");

            migrationBuilder.DropTable(
                name: "Signalen");

            migrationBuilder.DropTable(
                name: "Sluitingsdagen");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Ondersteuningsplannen");

            migrationBuilder.DropTable(
                name: "Doelgroepen");

            migrationBuilder.DropTable(
                name: "Casussen");

            migrationBuilder.DropTable(
                name: "Adviesvragen");

            migrationBuilder.DropTable(
                name: "Kanalen");

            migrationBuilder.DropTable(
                name: "Reacties");

            migrationBuilder.DropTable(
                name: "Locaties");

            migrationBuilder.DropTable(
                name: "Medewerkers");

            migrationBuilder.DropTable(
                name: "Organisaties");

            migrationBuilder.DropTable(
                name: "Stadsdelen");

            migrationBuilder.DropTable(
                name: "Gemeenten");
        }
    }
}
