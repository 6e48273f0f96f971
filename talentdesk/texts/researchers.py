"""Field labels, Problem sentences and value labels of the young-researcher module."""

from __future__ import annotations

from talentdesk.error_texts import QT_TRANSLATE_NOOP

# Keys are the ``field`` of a Problem; keys other areas define already (name, sex,
# birth_date, phone, email, category, reason, year …) are taken from there.
FIELD_LABELS: dict[str, str] = {
    "id_number": QT_TRANSLATE_NOOP("messages", "ID number"),
    "id_type": QT_TRANSLATE_NOOP("messages", "ID type"),
    "unit": QT_TRANSLATE_NOOP("messages", "Unit"),
    "department": QT_TRANSLATE_NOOP("messages", "Department"),
    "discipline_code": QT_TRANSLATE_NOOP("messages", "Discipline"),
    "degree": QT_TRANSLATE_NOOP("messages", "Degree"),
    "mentor_name": QT_TRANSLATE_NOOP("messages", "Mentor"),
    "mentor_id": QT_TRANSLATE_NOOP("messages", "Mentor"),
    "program": QT_TRANSLATE_NOOP("messages", "Program"),
    "code": QT_TRANSLATE_NOOP("messages", "Program code"),
    "categories": QT_TRANSLATE_NOOP("messages", "Evaluation categories"),
    "cycle_years": QT_TRANSLATE_NOOP("messages", "Cycle"),
    "age_rule": QT_TRANSLATE_NOOP("messages", "Age rule"),
    "application_deadline": QT_TRANSLATE_NOOP("messages", "Application deadline"),
    "checkpoints": QT_TRANSLATE_NOOP("messages", "Checkpoints"),
    "checkpoint": QT_TRANSLATE_NOOP("messages", "Checkpoint"),
    "grade_scale": QT_TRANSLATE_NOOP("messages", "Grade scale"),
    "aggregation": QT_TRANSLATE_NOOP("messages", "Aggregation"),
    "tranches": QT_TRANSLATE_NOOP("messages", "Funding tranches"),
    "support_total": QT_TRANSLATE_NOOP("messages", "Support total"),
    "status": QT_TRANSLATE_NOOP("messages", "Status"),
    "approved_by": QT_TRANSLATE_NOOP("messages", "Approved by"),
    "starts_on": QT_TRANSLATE_NOOP("messages", "Start"),
    "ends_on": QT_TRANSLATE_NOOP("messages", "End"),
    "on": QT_TRANSLATE_NOOP("messages", "Date"),
    "report_received_on": QT_TRANSLATE_NOOP("messages", "Report received"),
    "works": QT_TRANSLATE_NOOP("messages", "Representative works"),
    "title": QT_TRANSLATE_NOOP("messages", "Title of the work"),
    "significance": QT_TRANSLATE_NOOP("messages", "Contribution and significance"),
    "reviewer": QT_TRANSLATE_NOOP("messages", "Reviewer"),
    "recusal_reason": QT_TRANSLATE_NOOP("messages", "Reason for recusal"),
    "scores": QT_TRANSLATE_NOOP("messages", "Scores"),
    "weight": QT_TRANSLATE_NOOP("messages", "Weight"),
    "indicators": QT_TRANSLATE_NOOP("messages", "Indicators"),
    "options": QT_TRANSLATE_NOOP("messages", "Decision"),
    "decided_by": QT_TRANSLATE_NOOP("messages", "Decided by"),
    "decided_on": QT_TRANSLATE_NOOP("messages", "Decided on"),
    "cohort": QT_TRANSLATE_NOOP("messages", "Round"),
    "paid_on": QT_TRANSLATE_NOOP("messages", "Paid on"),
    "policy": QT_TRANSLATE_NOOP("messages", "Reward policy"),
    "amount": QT_TRANSLATE_NOOP("messages", "Amount"),
    # Indicator keys appear as the field of score problems.
    "ethics": QT_TRANSLATE_NOOP("messages", "Ethics and research integrity"),
    "representative_works": QT_TRANSLATE_NOOP("messages", "Representative works"),
    "deliverables": QT_TRANSLATE_NOOP("messages", "Technical breakthroughs and deliverables"),
    "user_evaluation": QT_TRANSLATE_NOOP("messages", "User, market and third-party evaluation"),
    "mission_performance": QT_TRANSLATE_NOOP("messages", "Performance against agreed goals"),
    "capability_potential": QT_TRANSLATE_NOOP("messages", "Capability and potential"),
    "cultivation_service": QT_TRANSLATE_NOOP("messages", "Talent cultivation and service"),
}

# ``{field}`` and the Problem's params are filled in.
PROBLEM_TEXTS: dict[str, str] = {
    # Researchers.
    "name_too_long": QT_TRANSLATE_NOOP("messages", "{field} may have at most {max} characters."),
    "discipline_unknown": QT_TRANSLATE_NOOP(
        "messages", "{field}: {code} is not a first-level discipline code."),
    "mentor_is_self": QT_TRANSLATE_NOOP("messages", "A researcher cannot be their own mentor."),
    "mentor_unknown": QT_TRANSLATE_NOOP(
        "messages", "{field}: no researcher has number {mentor_id}."),
    "id_number_taken": QT_TRANSLATE_NOOP(
        "messages", "{field} is already recorded for {name} (researcher {researcher_id})."),
    "date_in_future": QT_TRANSLATE_NOOP("messages", "{field} {date} lies in the future."),
    "value_invalid": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” cannot be read."),
    # Programs.
    "program_code_taken": QT_TRANSLATE_NOOP("messages", "A program with code {code} exists."),
    "program_code_fixed": QT_TRANSLATE_NOOP(
        "messages", "{field} {code} cannot be changed once the program is saved."),
    "cycle_not_positive": QT_TRANSLATE_NOOP(
        "messages", "{field} must be at least one year (not {cycle_years})."),
    "age_limit_not_positive": QT_TRANSLATE_NOOP("messages", "Age limits must be above zero."),
    "reference_date_missing": QT_TRANSLATE_NOOP(
        "messages", "{field}: the date ages are counted on is missing."),
    "reference_day_invalid": QT_TRANSLATE_NOOP(
        "messages", "{field}: {month}/{day} is not a day of every year."),
    "duplicate_checkpoint_key": QT_TRANSLATE_NOOP(
        "messages", "Checkpoint {checkpoint} appears more than once."),
    "checkpoint_outside_cycle": QT_TRANSLATE_NOOP(
        "messages",
        "Checkpoint {checkpoint} at month {offset_months} lies outside the cycle of "
        "{cycle_months} months."),
    "grade_thresholds_not_descending": QT_TRANSLATE_NOOP(
        "messages",
        "{field}: give at least two grades, best first, each threshold lower than the one "
        "before ({thresholds})."),
    "top_quota_out_of_range": QT_TRANSLATE_NOOP(
        "messages", "{field}: the top-grade quota {top_quota} must lie above 0 and up to 1."),
    "trim_min_reviewers_too_small": QT_TRANSLATE_NOOP(
        "messages",
        "The trimmed mean needs at least {minimum} reviewers, not {trim_min_reviewers}."),
    "tranche_shares_not_whole": QT_TRANSLATE_NOOP(
        "messages", "{field}: the shares add up to {total}, not 1."),
    "tranche_checkpoint_unknown": QT_TRANSLATE_NOOP(
        "messages",
        "Tranche {tranche} waits for checkpoint {checkpoint}, which the program lacks."),
    "indicator_weights_not_100": QT_TRANSLATE_NOOP(
        "messages", "{field}: the weights add up to {total}, not 100."),
    # Enrollment and schedule.
    "program_inactive": QT_TRANSLATE_NOOP(
        "messages", "{program} has been withdrawn and takes no new enrollments."),
    "already_enrolled": QT_TRANSLATE_NOOP(
        "messages", "Already enrolled in {program} from {start} to {end}."),
    "born_after_reference_date": QT_TRANSLATE_NOOP(
        "messages",
        "{field} {birth_date} lies after the reference date {reference_date}; please check it."),
    "age_limit_exceeded": QT_TRANSLATE_NOOP(
        "messages",
        "Not eligible: on the reference date {reference_date} the age is {age}, and the limit "
        "is {limit}. Applicants must be born on or after {required_born_on_or_after}."),
    "category_not_in_program": QT_TRANSLATE_NOOP(
        "messages", "The program {program} does not assess this evaluation category."),
    "approver_missing": QT_TRANSLATE_NOOP("messages", "{field} is required."),
    "plan_checkpoint_unknown": QT_TRANSLATE_NOOP(
        "messages", "The plan changes checkpoint {checkpoint}, which the program lacks; give "
        "its kind and month to add it."),
    "extension_ends_before_start": QT_TRANSLATE_NOOP(
        "messages", "The extension ends ({ends_on}) before it starts ({starts_on})."),
    "extension_requires_female": QT_TRANSLATE_NOOP(
        "messages", "Pregnancy and breastfeeding extensions are for women researchers."),
    "extension_outside_cycle": QT_TRANSLATE_NOOP(
        "messages",
        "The extension starts on {starts_on}, outside the cycle {cycle_start} to {cycle_end}."),
    "extensions_overlap": QT_TRANSLATE_NOOP(
        "messages",
        "The extension from {starts_on} overlaps the one from {previous_starts_on} to "
        "{previous_ends_on}."),
    "termination_outside_cycle": QT_TRANSLATE_NOOP(
        "messages", "{terminated_on} lies outside the cycle {cycle_start} to {cycle_end}."),
    "checkpoint_has_records": QT_TRANSLATE_NOOP(
        "messages",
        "Checkpoint {checkpoint} already has a report, works, reviews or a decision; it "
        "cannot be dropped."),
    "enrollment_not_active": QT_TRANSLATE_NOOP(
        "messages", "The enrollment has ended; it can no longer be changed."),
    # Checkpoints, works and reviews.
    "checkpoint_cancelled": QT_TRANSLATE_NOOP(
        "messages", "Checkpoint {checkpoint} was cancelled when the enrollment ended."),
    "representative_works_over_cap": QT_TRANSLATE_NOOP(
        "messages", "{field}: {count} nominated; the program allows at most {cap}."),
    "domestic_journal_share_too_low": QT_TRANSLATE_NOOP(
        "messages",
        "{field}: only {domestic} of {papers} papers are in Chinese journals; at least "
        "{required_domestic} are needed (share {required_share})."),
    "significance_missing": QT_TRANSLATE_NOOP(
        "messages", "Work “{title}”: describe the researcher's contribution and its significance."),
    "reviewer_is_self": QT_TRANSLATE_NOOP(
        "messages", "Recusal: the reviewer is the researcher being assessed."),
    "reviewer_is_mentor": QT_TRANSLATE_NOOP(
        "messages", "Recusal: the reviewer is the researcher's mentor."),
    "reviewer_same_unit": QT_TRANSLATE_NOOP(
        "messages", "Recusal: the reviewer works at the same unit ({unit})."),
    "reviewer_already_assigned": QT_TRANSLATE_NOOP(
        "messages", "{reviewer} already sits on this panel."),
    "reviewer_recused": QT_TRANSLATE_NOOP(
        "messages", "This reviewer has withdrawn (recused); their scores do not count."),
    "scorecard_unknown": QT_TRANSLATE_NOOP("messages", "That reviewer is not on this panel."),
    "indicator_template_missing": QT_TRANSLATE_NOOP(
        "messages", "There is no indicator template for this evaluation category."),
    "score_missing": QT_TRANSLATE_NOOP("messages", "{field}: a score is missing."),
    "score_out_of_range": QT_TRANSLATE_NOOP(
        "messages", "{field}: {score} lies outside {minimum} to {maximum}."),
    "score_for_unknown_indicator": QT_TRANSLATE_NOOP(
        "messages", "{field} is not an indicator of this evaluation category."),
    "reviewer_weight_not_positive": QT_TRANSLATE_NOOP(
        "messages", "{field} {weight} must be above zero."),
    "no_valid_scorecards": QT_TRANSLATE_NOOP("messages", "No complete scorecard yet."),
    "cohort_empty": QT_TRANSLATE_NOOP("messages", "No graded checkpoint in round {cohort}."),
    "decision_empty": QT_TRANSLATE_NOOP("messages", "Choose at least one decision."),
    "decision_conflict": QT_TRANSLATE_NOOP(
        "messages", "Terminating cannot be combined with continuing, releasing or renewing."),
    "decision_wrong_checkpoint": QT_TRANSLATE_NOOP(
        "messages", "The decision names checkpoint {given}, not {checkpoint}."),
    # Money.
    "tranche_paid_without_release": QT_TRANSLATE_NOOP(
        "messages", "Tranche {tranche} has not been released by its checkpoint decision yet."),
    "tranche_blocked": QT_TRANSLATE_NOOP(
        "messages", "Tranche {tranche} is blocked (withheld or stopped); it cannot be paid."),
    "tranche_already_paid": QT_TRANSLATE_NOOP("messages", "Tranche {tranche} has been paid."),
    "amount_not_positive": QT_TRANSLATE_NOOP("messages", "{field} must be above zero."),
    "reward_policy_unknown": QT_TRANSLATE_NOOP(
        "messages", "{policy} is not a known reward policy."),
    "reward_capped_annual": QT_TRANSLATE_NOOP(
        "messages", "{year}: {claimed} claimed, {granted} granted (yearly cap {cap})."),
    "reward_capped_cumulative": QT_TRANSLATE_NOOP(
        "messages",
        "{year}: {claimed} claimed, {granted} granted (cap {cap} per person, {granted_before} "
        "granted before)."),
    "reward_excluded_same_year": QT_TRANSLATE_NOOP(
        "messages",
        "{year}: not paid, because the higher {kept_policy} ({kept_amount}) is paid that year "
        "(the higher one only)."),
}

# Stored values shown to people, by group.
VALUE_LABELS: dict[str, dict[str, str]] = {
    "sex": {
        "male": QT_TRANSLATE_NOOP("messages", "Male"),
        "female": QT_TRANSLATE_NOOP("messages", "Female"),
    },
    "id_type": {
        "resident_id": QT_TRANSLATE_NOOP("messages", "Resident ID card"),
        "permanent_residence_id": QT_TRANSLATE_NOOP("messages", "Foreign permanent residence ID"),
        "passport": QT_TRANSLATE_NOOP("messages", "Passport"),
    },
    "level": {
        "national": QT_TRANSLATE_NOOP("messages", "National"),
        "provincial": QT_TRANSLATE_NOOP("messages", "Provincial"),
        "city": QT_TRANSLATE_NOOP("messages", "City"),
        "unit": QT_TRANSLATE_NOOP("messages", "Unit"),
    },
    "category": {
        "major_mission": QT_TRANSLATE_NOOP("messages", "Major national mission"),
        "basic_research": QT_TRANSLATE_NOOP("messages", "Basic research"),
        "applied_technology": QT_TRANSLATE_NOOP(
            "messages", "Applied research and technology development"),
        "technology_transfer": QT_TRANSLATE_NOOP("messages", "Technology transfer"),
        "public_interest": QT_TRANSLATE_NOOP("messages", "Public-interest research"),
    },
    "reference": {
        "day_of_application_year": QT_TRANSLATE_NOOP("messages", "A day of the call year"),
        "application_deadline": QT_TRANSLATE_NOOP("messages", "The application deadline"),
        "fixed_date": QT_TRANSLATE_NOOP("messages", "A fixed date"),
    },
    "checkpoint_kind": {
        "annual": QT_TRANSLATE_NOOP("messages", "Annual"),
        "mid_term": QT_TRANSLATE_NOOP("messages", "Mid-term"),
        "final": QT_TRANSLATE_NOOP("messages", "Final"),
    },
    "scale": {
        "four_level": QT_TRANSLATE_NOOP("messages", "Four levels"),
        "three_level": QT_TRANSLATE_NOOP("messages", "Three levels"),
        "pass_fail": QT_TRANSLATE_NOOP("messages", "Pass or fail"),
        "a_to_d": QT_TRANSLATE_NOOP("messages", "A to D"),
    },
    "aggregation": {
        "weighted_mean": QT_TRANSLATE_NOOP("messages", "Weighted mean"),
        "trimmed_mean": QT_TRANSLATE_NOOP("messages", "Mean without highest and lowest"),
    },
    "enrollment_status": {
        "active": QT_TRANSLATE_NOOP("messages", "Active"),
        "completed": QT_TRANSLATE_NOOP("messages", "Completed"),
        "terminated": QT_TRANSLATE_NOOP("messages", "Terminated"),
    },
    "extension_reason": {
        "maternity": QT_TRANSLATE_NOOP("messages", "Pregnancy and childbirth"),
        "breastfeeding": QT_TRANSLATE_NOOP("messages", "Breastfeeding"),
        "illness": QT_TRANSLATE_NOOP("messages", "Illness"),
        "abroad": QT_TRANSLATE_NOOP("messages", "Secondment or study abroad"),
        "other": QT_TRANSLATE_NOOP("messages", "Other"),
    },
    "termination_reason": {
        "failed_assessment": QT_TRANSLATE_NOOP("messages", "Failed the assessment"),
        "misconduct": QT_TRANSLATE_NOOP("messages", "Research misconduct"),
        "left_unit": QT_TRANSLATE_NOOP("messages", "Left the unit"),
        "own_request": QT_TRANSLATE_NOOP("messages", "At own request"),
        "other": QT_TRANSLATE_NOOP("messages", "Other"),
    },
    "decision": {
        "continue": QT_TRANSLATE_NOOP("messages", "Continue"),
        "release_tranche": QT_TRANSLATE_NOOP("messages", "Release the tranche"),
        "warn": QT_TRANSLATE_NOOP("messages", "Warn"),
        "terminate": QT_TRANSLATE_NOOP("messages", "Terminate"),
        "renew": QT_TRANSLATE_NOOP("messages", "Renew support"),
    },
    "tranche_status": {
        "pending": QT_TRANSLATE_NOOP("messages", "Waiting for its checkpoint"),
        "due": QT_TRANSLATE_NOOP("messages", "Due"),
        "paid": QT_TRANSLATE_NOOP("messages", "Paid"),
        "blocked": QT_TRANSLATE_NOOP("messages", "Blocked"),
    },
    "reward_status": {
        # Not plain "Granted": that source is the permit decision's label (准予许可).
        "granted": QT_TRANSLATE_NOOP("messages", "Granted in full"),
        "capped": QT_TRANSLATE_NOOP("messages", "Capped"),
        "excluded": QT_TRANSLATE_NOOP("messages", "Excluded (higher one paid)"),
    },
    "alert": {
        "checkpoint_upcoming": QT_TRANSLATE_NOOP(
            "messages", "{checkpoint_kind} report due in {days_left} days"),
        "report_overdue": QT_TRANSLATE_NOOP(
            "messages", "{checkpoint_kind} report overdue by {days_overdue} days"),
        "age_out_before_cycle_end": QT_TRANSLATE_NOOP(
            "messages", "Passes the age limit of {limit} before the cycle ends on {cycle_end}"),
        "cycle_ending": QT_TRANSLATE_NOOP("messages", "Cycle ends in {days_left} days"),
        "top_grade_quota_exceeded": QT_TRANSLATE_NOOP(
            "messages",
            "Round {subject}: {count} of {cohort_size} in the top grade, the quota allows "
            "{limit}"),
    },
    "alert_group": {
        "report_overdue": QT_TRANSLATE_NOOP("messages", "Reports overdue"),
        "checkpoint_upcoming": QT_TRANSLATE_NOOP("messages", "Reports due soon"),
        "top_grade_quota_exceeded": QT_TRANSLATE_NOOP(
            "messages", "Rounds over the top-grade quota"),
        "age_out_before_cycle_end": QT_TRANSLATE_NOOP(
            "messages", "Passing the age limit before the cycle ends"),
        "cycle_ending": QT_TRANSLATE_NOOP("messages", "Cycles ending"),
    },
    "work_type": {
        "paper": QT_TRANSLATE_NOOP("messages", "Paper"),
        "monograph": QT_TRANSLATE_NOOP("messages", "Monograph"),
        "patent": QT_TRANSLATE_NOOP("messages", "Patent"),
        "standard": QT_TRANSLATE_NOOP("messages", "Standard"),
        "software": QT_TRANSLATE_NOOP("messages", "Software"),
        "data": QT_TRANSLATE_NOOP("messages", "Scientific data"),
        "report": QT_TRANSLATE_NOOP("messages", "Report"),
        "technology": QT_TRANSLATE_NOOP("messages", "New technology or product"),
        "prototype": QT_TRANSLATE_NOOP("messages", "Prototype or experimental system"),
        "solution": QT_TRANSLATE_NOOP("messages", "Application solution"),
        "clinical": QT_TRANSLATE_NOOP("messages", "Clinical guideline or treatment plan"),
        "transfer": QT_TRANSLATE_NOOP("messages", "Transfer into products"),
        "other": QT_TRANSLATE_NOOP("messages", "Other"),
    },
    "work_role": {
        "first_author": QT_TRANSLATE_NOOP("messages", "First author"),
        "corresponding_author": QT_TRANSLATE_NOOP("messages", "Corresponding author"),
        "co_author": QT_TRANSLATE_NOOP("messages", "Co-author"),
        "principal_investigator": QT_TRANSLATE_NOOP("messages", "Principal investigator"),
        "inventor": QT_TRANSLATE_NOOP("messages", "Inventor"),
        "main_contributor": QT_TRANSLATE_NOOP("messages", "Main contributor"),
        "other": QT_TRANSLATE_NOOP("messages", "Other"),
    },
}
