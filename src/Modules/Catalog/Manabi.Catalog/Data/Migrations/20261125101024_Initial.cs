using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Manabi.Catalog.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "catalog");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateSequence(
                name: "feed_change_seq",
                schema: "catalog");

            migrationBuilder.CreateTable(
                name: "duplicate_candidates",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    second_opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title_similarity = table.Column<double>(type: "double precision", nullable: false),
                    reasons = table.Column<List<string>>(type: "text[]", nullable: false),
                    verdict = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    detected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duplicate_candidates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "fields",
                schema: "catalog",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    name_ja = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fields", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "catalog",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "information_issues",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    issue_date = table.Column<DateOnly>(type: "date", nullable: false),
                    items = table.Column<string>(type: "jsonb", nullable: false),
                    published = table.Column<bool>(type: "boolean", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_information_issues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    parked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "providers",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_kana = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_providers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "venues",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_kana = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    area = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    accessibility_notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_venues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lecture_topics",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    field_code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    instructors = table.Column<string>(type: "jsonb", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    minimum_group_size = table.Column<int>(type: "integer", nullable: false),
                    lead_time_days = table.Column<int>(type: "integer", nullable: false),
                    online_possible = table.Column<bool>(type: "boolean", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lecture_topics", x => x.id);
                    table.ForeignKey(
                        name: "fk_lecture_topics_fields_field_code",
                        column: x => x.field_code,
                        principalSchema: "catalog",
                        principalTable: "fields",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "learning_opportunities",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_kana = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    audiences = table.Column<string[]>(type: "text[]", nullable: false),
                    fee = table.Column<int>(type: "integer", nullable: true),
                    fee_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    how_to_apply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    application_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    instructors = table.Column<string>(type: "jsonb", nullable: false),
                    stamp_rally_eligible = table.Column<bool>(type: "boolean", nullable: false),
                    credits_per_session = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    board_brokered = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    search_title = table.Column<string>(type: "text", nullable: false),
                    search_grams = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    change_number = table.Column<long>(type: "bigint", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    was_published = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_learning_opportunities", x => x.id);
                    table.ForeignKey(
                        name: "fk_learning_opportunities_providers_provider_id",
                        column: x => x.provider_id,
                        principalSchema: "catalog",
                        principalTable: "providers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partner_api_keys",
                schema: "catalog",
                columns: table => new
                {
                    key_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    secret_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partner_api_keys", x => x.key_id);
                    table.ForeignKey(
                        name: "fk_partner_api_keys_providers_provider_id",
                        column: x => x.provider_id,
                        principalSchema: "catalog",
                        principalTable: "providers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lecture_requests",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    topic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    wished_dates = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    expected_participants = table.Column<int>(type: "integer", nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    delivered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    participants = table.Column<int>(type: "integer", nullable: true),
                    instructor_report = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    tracking_code_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lecture_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_lecture_requests_lecture_topics_topic_id",
                        column: x => x.topic_id,
                        principalSchema: "catalog",
                        principalTable: "lecture_topics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                schema: "catalog",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    venue_id = table.Column<Guid>(type: "uuid", nullable: true),
                    online_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    seats_remaining = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    participants = table.Column<int>(type: "integer", nullable: true),
                    held_reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_sessions_learning_opportunities_opportunity_id",
                        column: x => x.opportunity_id,
                        principalSchema: "catalog",
                        principalTable: "learning_opportunities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_sessions_venues_venue_id",
                        column: x => x.venue_id,
                        principalSchema: "catalog",
                        principalTable: "venues",
                        principalColumn: "id");
                });

            migrationBuilder.InsertData(
                schema: "catalog",
                table: "fields",
                columns: new[] { "code", "name_en", "name_ja", "parent_code", "sort_order" },
                values: new object[,]
                {
                    { "arts", "Arts and hobbies", "芸術・趣味", null, 60 },
                    { "arts.calligraphy-literature", "Calligraphy and literature", "書道・文学", "arts", 90 },
                    { "arts.cooking", "Cooking", "料理", "arts", 100 },
                    { "arts.fine-arts", "Fine arts and crafts", "美術・工芸", "arts", 80 },
                    { "arts.music", "Music", "音楽", "arts", 70 },
                    { "career-life", "Work and daily life", "仕事・暮らし", null, 430 },
                    { "career-life.career", "Work and qualifications", "仕事・資格", "career-life", 440 },
                    { "career-life.consumer-life", "Consumer life and household finance", "消費生活・家計", "career-life", 450 },
                    { "career-life.law-government", "Law and government", "法律・行政", "career-life", 460 },
                    { "childcare-education", "Childcare and education", "子育て・教育", null, 190 },
                    { "childcare-education.childcare", "Childcare support", "子育て支援", "childcare-education", 200 },
                    { "childcare-education.family-education", "Family education", "家庭教育", "childcare-education", 210 },
                    { "childcare-education.school-support", "School support", "学校支援", "childcare-education", 220 },
                    { "childcare-education.youth-activities", "Youth activities", "青少年の体験活動", "childcare-education", 230 },
                    { "disaster-prevention", "Disaster prevention and safety", "防災・安全", null, 280 },
                    { "disaster-prevention.crime-prevention", "Crime prevention", "防犯", "disaster-prevention", 310 },
                    { "disaster-prevention.disaster", "Disaster prevention", "防災", "disaster-prevention", 290 },
                    { "disaster-prevention.traffic-safety", "Traffic safety", "交通安全", "disaster-prevention", 300 },
                    { "it", "Information technology", "情報・IT", null, 320 },
                    { "it.digital-skills", "Digital skills", "デジタル活用", "it", 330 },
                    { "it.programming", "Programming", "プログラミング", "it", 340 },
                    { "languages", "Languages and international exchange", "語学・国際交流", null, 350 },
                    { "languages.english", "English", "英語", "languages", 360 },
                    { "languages.international", "International exchange", "国際交流", "languages", 380 },
                    { "languages.other-languages", "Other languages", "その他の言語", "languages", 370 },
                    { "local-culture", "Local history and culture", "郷土・歴史・文化", null, 10 },
                    { "local-culture.ainu-culture", "Ainu culture", "アイヌ文化", "local-culture", 40 },
                    { "local-culture.chitose-gaku", "Chitose studies", "千歳学", "local-culture", 20 },
                    { "local-culture.history", "History", "歴史", "local-culture", 30 },
                    { "local-culture.traditional-culture", "Traditional culture", "伝統文化", "local-culture", 50 },
                    { "nature-environment", "Nature and environment", "自然・環境", null, 150 },
                    { "nature-environment.agriculture", "Farming and gardening", "農業・園芸", "nature-environment", 180 },
                    { "nature-environment.environment", "Environmental conservation", "環境保全", "nature-environment", 170 },
                    { "nature-environment.nature", "Nature watching", "自然観察", "nature-environment", 160 },
                    { "science", "Science and technology", "科学・技術", null, 470 },
                    { "science.aerospace", "Aviation and space", "航空・宇宙", "science", 490 },
                    { "science.science", "Science", "科学", "science", 480 },
                    { "sports-health", "Sports and health", "スポーツ・健康", null, 110 },
                    { "sports-health.health", "Health", "健康づくり", "sports-health", 130 },
                    { "sports-health.nutrition", "Food and nutrition", "食育・栄養", "sports-health", 140 },
                    { "sports-health.sports", "Sports", "スポーツ", "sports-health", 120 },
                    { "town-development", "Town development", "まちづくり", null, 390 },
                    { "town-development.citizen-activity", "Citizen activity", "市民活動", "town-development", 410 },
                    { "town-development.community", "Community building", "地域づくり", "town-development", 400 },
                    { "town-development.leadership", "Leadership development", "人材育成・リーダー養成", "town-development", 420 },
                    { "welfare", "Welfare and volunteering", "福祉・ボランティア", null, 240 },
                    { "welfare.multicultural", "Multicultural coexistence", "多文化共生", "welfare", 270 },
                    { "welfare.volunteering", "Volunteering", "ボランティア", "welfare", 260 },
                    { "welfare.welfare", "Welfare", "福祉", "welfare", 250 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_candidates_first_opportunity_id_second_opportunit",
                schema: "catalog",
                table: "duplicate_candidates",
                columns: new[] { "first_opportunity_id", "second_opportunity_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_candidates_verdict_detected_at",
                schema: "catalog",
                table: "duplicate_candidates",
                columns: new[] { "verdict", "detected_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "catalog",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_information_issues_published_issue_date",
                schema: "catalog",
                table: "information_issues",
                columns: new[] { "published", "issue_date" });

            migrationBuilder.CreateIndex(
                name: "ix_learning_opportunities_change_number_id",
                schema: "catalog",
                table: "learning_opportunities",
                columns: new[] { "change_number", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_learning_opportunities_fields",
                schema: "catalog",
                table: "learning_opportunities",
                column: "fields")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_learning_opportunities_provider_id_external_id",
                schema: "catalog",
                table: "learning_opportunities",
                columns: new[] { "provider_id", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_learning_opportunities_search_grams",
                schema: "catalog",
                table: "learning_opportunities",
                column: "search_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_learning_opportunities_search_title",
                schema: "catalog",
                table: "learning_opportunities",
                column: "search_title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_lecture_requests_status_created_at",
                schema: "catalog",
                table: "lecture_requests",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_lecture_requests_topic_id",
                schema: "catalog",
                table: "lecture_requests",
                column: "topic_id");

            migrationBuilder.CreateIndex(
                name: "ix_lecture_topics_field_code",
                schema: "catalog",
                table: "lecture_topics",
                column: "field_code");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_due",
                schema: "catalog",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "occurred_at" },
                filter: "processed_at IS NULL AND parked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_partner_api_keys_provider_id",
                schema: "catalog",
                table: "partner_api_keys",
                column: "provider_id");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_opportunity_id_external_id",
                schema: "catalog",
                table: "sessions",
                columns: new[] { "opportunity_id", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_opportunity_id_starts_at",
                schema: "catalog",
                table: "sessions",
                columns: new[] { "opportunity_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_scheduled_starts_at",
                schema: "catalog",
                table: "sessions",
                columns: new[] { "starts_at", "id" },
                filter: "status = 'Scheduled'");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_venue_id",
                schema: "catalog",
                table: "sessions",
                column: "venue_id");

            migrationBuilder.CreateIndex(
                name: "ix_venues_area",
                schema: "catalog",
                table: "venues",
                column: "area");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "duplicate_candidates",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "information_issues",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "lecture_requests",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "partner_api_keys",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "sessions",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "lecture_topics",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "learning_opportunities",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "venues",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "fields",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "providers",
                schema: "catalog");

            migrationBuilder.DropSequence(
                name: "feed_change_seq",
                schema: "catalog");
        }
    }
}
