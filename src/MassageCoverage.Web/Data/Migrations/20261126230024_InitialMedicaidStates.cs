using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MassageCoverage.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialMedicaidStates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "medicaid_state_programs",
                columns: table => new
                {
                    StateCode = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    StateName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Program = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CoverageForm = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Populations = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LastVerified = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_medicaid_state_programs", x => x.StateCode);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "medicaid_state_programs");
        }
    }
}
