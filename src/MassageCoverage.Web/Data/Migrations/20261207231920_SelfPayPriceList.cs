using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <summary>
    /// The self-pay path: the clinic's price list (a price per CPT code and, for a timed code, session minutes; one per
    /// code and length) and the clinic's details (one row: provider name, NPI, TIN, address, phone) that Good Faith
    /// Estimates are built from.
    /// </summary>
    public partial class SelfPayPriceList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "clinic_price_hilo",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "clinic_prices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    CptCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_prices", x => x.Id);
                    table.CheckConstraint("ck_clinic_prices_amount", "\"Amount\" > 0");
                    table.CheckConstraint("ck_clinic_prices_minutes", "\"Minutes\" IS NULL OR \"Minutes\" BETWEEN 8 AND 480");
                });

            migrationBuilder.CreateTable(
                name: "clinic_settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ProviderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Npi = table.Column<string>(type: "char(10)", nullable: true),
                    Tin = table.Column<string>(type: "char(10)", nullable: true),
                    AddressLine1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AddressLine2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "char(2)", nullable: true),
                    PostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_settings", x => x.Id);
                    table.CheckConstraint("ck_clinic_settings_single", "\"Id\" = 1");
                });

            migrationBuilder.CreateIndex(
                name: "IX_clinic_prices_CptCode_Minutes",
                table: "clinic_prices",
                columns: new[] { "CptCode", "Minutes" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clinic_prices");

            migrationBuilder.DropTable(
                name: "clinic_settings");

            migrationBuilder.DropSequence(
                name: "clinic_price_hilo");
        }
    }
}
