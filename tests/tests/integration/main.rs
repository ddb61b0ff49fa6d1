//! The real router over a fresh database, once on SQLite and once on PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use app::directory::ssr::import::import_seed;
use quorum_tests::{Backend, TestApp, TestResponse};

// One file per area; the scenarios and their helpers are shared through these globs.
mod accounts;
mod api;
mod delivery;
mod directory;
mod edits;
mod feeds;
mod hardening;
mod import;
mod iso_open_data;
mod letters;
mod mail;
mod open_letters;
mod openapi;
mod outreach;
mod pipeline;
mod production;
mod records;
mod reviews;
mod standards;

use accounts::*;
use api::*;
use delivery::*;
use directory::*;
use edits::*;
use feeds::*;
use hardening::*;
use import::*;
use iso_open_data::*;
use letters::*;
use mail::*;
use open_letters::*;
use openapi::*;
use outreach::*;
use pipeline::*;
use production::*;
use records::*;
use reviews::*;
use standards::*;

/// Runs each scenario against both databases.
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $name() { quorum_tests::run(super::$name(quorum_tests::Backend::Sqlite)) }) *
        }
        mod postgres {
            $(#[test]
            fn $name() { quorum_tests::run(super::$name(quorum_tests::Backend::Postgres)) }) *
        }
    };
}

on_both_databases!(
    public_pages_arrive_compressed_within_their_budgets,
    static_files_have_hashed_names_and_are_kept_for_a_year,
    a_composer_without_details_is_kept_and_details_never_are,
    robots_and_sitemap_lead_to_every_public_page,
    advocates_report_what_happened_and_coordinators_decide,
    mail_reaches_a_real_smtp_server_once_even_when_it_is_down_or_killed,
    alerts_are_confirmed_sent_once_and_end_in_one_click,
    co_signatures_count_after_their_email_is_confirmed,
    coordinators_get_a_weekly_digest_they_can_stop,
    without_smtp_nothing_is_mailed_and_pages_say_so,
    calendars_and_feeds_follow_reviews_and_public_changes,
    the_write_widget_may_be_framed_and_opens_the_composer,
    pages_carry_descriptions_and_link_previews,
    iso_committees_are_matched_by_member_id_and_reimports_write_nothing,
    every_deliverable_is_a_standard_found_by_search_and_followed_by_choice,
    reviews_follow_iso_stages_and_voters_follow_committee_membership,
    shipped_updates_bring_the_records_up_to_date,
    the_ballot_radar_lists_running_and_due_reviews,
    admins_upload_iso_files_check_them_and_confirm,
    admins_create_bodies_from_unmatched_members,
    membership_evidence_and_ballots_show_on_a_bodys_page,
    the_daily_fetch_imports_changed_files_and_reports_failures,
    the_engine_saves_in_the_callers_transaction,
    seed_import_is_complete_and_idempotent,
    home_shows_counts_computed_from_the_data,
    directory_lists_every_body,
    search_finds_brazil_however_it_is_typed,
    filters_and_sorting_work_from_the_url,
    body_page_shows_contact_with_sources,
    blank_fields_say_unknown,
    unknown_codes_and_paths_give_a_404_page,
    vcard_download,
    language_follows_query_cookie_and_header,
    odd_input_never_breaks_a_page,
    standards_seed_is_imported_with_sources,
    letter_api_renders_json,
    letter_api_refuses_bad_input_clearly,
    letter_deadline_comes_from_the_open_ballot,
    every_body_gets_its_letter_in_its_first_language,
    composer_renders_the_letter_without_javascript,
    composer_details_never_enter_an_address,
    letters_follow_the_records,
    composer_shows_translated_errors_and_no_letter,
    letter_text_download,
    print_page_is_bilingual,
    body_page_links_to_the_composer,
    sign_in_session_and_sign_out,
    wrong_passwords_are_rate_limited,
    sign_in_errors_show_without_javascript,
    cross_origin_writes_are_refused,
    expired_sessions_and_disabled_accounts_are_refused,
    create_admin_command,
    every_mutating_server_function_requires_a_session,
    coordinator_edits_a_record_with_source_and_history,
    stale_edits_are_refused_and_say_what_changed,
    invalid_edits_change_nothing,
    edit_errors_show_without_javascript,
    edit_pages_need_a_coordinator,
    public_correction_is_accepted_into_the_record,
    corrections_can_be_edited_then_accepted_or_rejected,
    correction_reports_resist_spam_and_bad_input,
    admin_invites_a_coordinator_who_sets_a_password,
    invitation_links_expire_and_work_once,
    admin_disables_enables_and_resets_accounts,
    every_write_checks_the_role,
    standards_list_and_page_count_from_the_records,
    standard_map_has_one_linked_shape_per_body_with_its_status,
    standard_filters_and_sorting_work_from_the_url,
    standards_api_serves_json_and_csv_with_sources,
    coordinator_edits_an_adoption_and_the_map_and_history_follow,
    coordinator_edits_translations_memberships_and_the_standard,
    standards_edits_refuse_bad_input_stale_forms_and_anonymous_writers,
    body_page_shows_each_standard_with_sources,
    letter_purpose_follows_adoption_records,
    review_seed_and_api_give_tally_and_projection,
    review_page_shows_tally_projection_swing_list_and_map,
    coordinator_records_positions_with_history_and_conflicts,
    coordinator_opens_and_edits_a_review_cycle,
    pipeline_moves_are_versioned_audited_and_coordinators_only,
    pipeline_filters_notes_letters_and_dashboard,
    bodies_api_pages_filters_and_sources,
    api_answers_conditional_gets_and_cross_origin_reads,
    api_errors_answer_in_the_askers_language,
    openapi_document_matches_its_snapshot,
    exports_import_back_without_changes,
    import_previews_refuses_bad_rows_and_writes_all_or_nothing,
    import_refuses_bad_files_and_strangers,
    import_reads_files_as_spreadsheets_save_them,
    a_ten_thousand_row_import_runs_while_others_read,
    open_letter_is_read_in_the_readers_language_or_the_source,
    open_letter_turns_into_a_personal_letter_to_a_body,
    coordinators_write_review_and_publish_open_letters,
    open_letters_are_co_signed_and_moderated,
    open_letters_are_addressed_to_chosen_bodies,
    personal_open_letter_downloads_as_text,
    every_response_carries_security_headers,
    health_readiness_request_ids_and_body_limits,
    backup_is_a_consistent_restorable_snapshot,
    two_processes_share_sessions_and_see_each_others_writes,
    concurrent_writes_all_succeed,
    parallel_sign_ins_cannot_outrun_the_limits,
    text_areas_never_carry_live_markup,
    csv_cells_never_start_a_formula,
    public_forms_survive_hostile_input,
    malformed_server_function_arguments_are_a_400,
    caches_in_front_cannot_mix_pages,
    api_refuses_other_methods_with_405,
    api_answers_match_their_openapi_schemas,
);
