"""Field labels and Problem sentences of the permit side: applicants, employers, cases."""

from __future__ import annotations

from talentdesk.error_texts import QT_TRANSLATE_NOOP

# Keys are the ``field`` of a Problem.
FIELD_LABELS: dict[str, str] = {
    # Applicants and passports.
    "surname": QT_TRANSLATE_NOOP("messages", "Surname"),
    "given_names": QT_TRANSLATE_NOOP("messages", "Given names"),
    "chinese_name": QT_TRANSLATE_NOOP("messages", "Chinese name"),
    "sex": QT_TRANSLATE_NOOP("messages", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("messages", "Date of birth"),
    "nationality": QT_TRANSLATE_NOOP("messages", "Nationality"),
    "phone": QT_TRANSLATE_NOOP("messages", "Phone"),
    "email": QT_TRANSLATE_NOOP("messages", "E-mail"),
    "education": QT_TRANSLATE_NOOP("messages", "Highest education"),
    "visa_status": QT_TRANSLATE_NOOP("messages", "Current visa or residence status"),
    "passport_number": QT_TRANSLATE_NOOP("messages", "Passport number"),
    "issuing_state": QT_TRANSLATE_NOOP("messages", "Issuing state"),
    "passport_expiry": QT_TRANSLATE_NOOP("messages", "Passport expiry date"),
    "expiry_date": QT_TRANSLATE_NOOP("messages", "Expiry date"),
    "applicant_id": QT_TRANSLATE_NOOP("messages", "Applicant"),
    # The machine-readable zone.
    "mrz": QT_TRANSLATE_NOOP("messages", "Machine-readable zone"),
    "document_type": QT_TRANSLATE_NOOP("messages", "Document type"),
    "optional_data": QT_TRANSLATE_NOOP("messages", "Personal number"),
    "composite": QT_TRANSLATE_NOOP("messages", "Composite check digit"),
    # Employers.
    "name": QT_TRANSLATE_NOOP("messages", "Name"),
    "uscc": QT_TRANSLATE_NOOP("messages", "Unified social credit code"),
    "city": QT_TRANSLATE_NOOP("messages", "City"),
    "district": QT_TRANSLATE_NOOP("messages", "District"),
    "address": QT_TRANSLATE_NOOP("messages", "Address"),
    "credit_notes": QT_TRANSLATE_NOOP("messages", "Credit notes"),
    "handlers": QT_TRANSLATE_NOOP("messages", "Authorised handlers"),
    "handler_email": QT_TRANSLATE_NOOP("messages", "Handler's e-mail"),
    "fortune_global_500": QT_TRANSLATE_NOOP("messages", "Fortune Global 500"),
    "studio_level": QT_TRANSLATE_NOOP("messages", "Foreign expert studio level"),
    "studio_year": QT_TRANSLATE_NOOP("messages", "Foreign expert studio year"),
    "employer_id": QT_TRANSLATE_NOOP("messages", "Employer"),
    # Cases.
    "business_type": QT_TRANSLATE_NOOP("messages", "Business type"),
    "position": QT_TRANSLATE_NOOP("messages", "Position"),
    "annual_salary": QT_TRANSLATE_NOOP("messages", "Annual salary"),
    "contract_start": QT_TRANSLATE_NOOP("messages", "Contract start"),
    "contract_end": QT_TRANSLATE_NOOP("messages", "Contract end"),
    "work_city": QT_TRANSLATE_NOOP("messages", "Work city"),
    "work_location": QT_TRANSLATE_NOOP("messages", "Work location"),
    "category": QT_TRANSLATE_NOOP("messages", "Category"),
    "override_reason": QT_TRANSLATE_NOOP("messages", "Reason for another category"),
    "reason": QT_TRANSLATE_NOOP("messages", "Reason"),
    "notes": QT_TRANSLATE_NOOP("messages", "Notes"),
    "year": QT_TRANSLATE_NOOP("messages", "Year"),
    "annual_amount": QT_TRANSLATE_NOOP("messages", "Annual amount"),
    "table_id": QT_TRANSLATE_NOOP("messages", "Points table"),
    "checklist": QT_TRANSLATE_NOOP("messages", "Document checklist"),
    "deficiencies": QT_TRANSLATE_NOOP("messages", "Deficiencies"),
    "reason_codes": QT_TRANSLATE_NOOP("messages", "Refusal reasons"),
    "valid_until": QT_TRANSLATE_NOOP("messages", "Valid until"),
    "filed_on": QT_TRANSLATE_NOOP("messages", "Filing date"),
    "work_permit_number": QT_TRANSLATE_NOOP("messages", "Work permit number"),
    "resident_id": QT_TRANSLATE_NOOP("messages", "Resident ID number"),
    "permanent_residence_id": QT_TRANSLATE_NOOP("messages", "Permanent residence ID number"),
    # Points inputs (the points table's value ranges name them).
    "age": QT_TRANSLATE_NOOP("messages", "Age"),
    "annual_salary_rmb": QT_TRANSLATE_NOOP("messages", "Annual salary (RMB)"),
    "work_experience_years": QT_TRANSLATE_NOOP("messages", "Years of work experience"),
    "months_in_china_per_year": QT_TRANSLATE_NOOP("messages", "Months worked in China per year"),
    "hsk_level": QT_TRANSLATE_NOOP("messages", "HSK level"),
    "local_bonus": QT_TRANSLATE_NOOP("messages", "Local encouragement bonus"),
    # Checklist documents of the shipped configuration (their problems name the item).
    "application_form": QT_TRANSLATE_NOOP("messages", "Application form"),
    "work_qualification_proof": QT_TRANSLATE_NOOP("messages", "Proof of work experience"),
    "degree_or_qualification": QT_TRANSLATE_NOOP("messages", "Degree or qualification"),
    "non_criminal_record": QT_TRANSLATE_NOOP("messages", "Certificate of no criminal record"),
    "health_certificate": QT_TRANSLATE_NOOP("messages", "Health certificate"),
    "employment_contract": QT_TRANSLATE_NOOP("messages", "Employment contract"),
    "passport": QT_TRANSLATE_NOOP("messages", "Passport"),
    "photo": QT_TRANSLATE_NOOP("messages", "Photo"),
    "family_documents": QT_TRANSLATE_NOOP("messages", "Family relationship proof"),
    "other_materials": QT_TRANSLATE_NOOP("messages", "Other materials"),
    "visa_or_residence_permit": QT_TRANSLATE_NOOP("messages", "Visa or residence permit"),
    "visa_document_form": QT_TRANSLATE_NOOP("messages", "Visa and residence document form"),
    "photo_receipt": QT_TRANSLATE_NOOP("messages", "Photo receipt"),
    "accommodation_registration": QT_TRANSLATE_NOOP("messages", "Accommodation registration"),
    "work_permit_card": QT_TRANSLATE_NOOP("messages", "Work permit card"),
    "licensing_decision": QT_TRANSLATE_NOOP("messages", "Licensing decision"),
    "employer_letter": QT_TRANSLATE_NOOP("messages", "Employer letter"),
    "employer_registration_proof": QT_TRANSLATE_NOOP("messages", "Employer registration proof"),
    "resignation_certificate": QT_TRANSLATE_NOOP("messages", "Resignation certificate"),
    "extension_application_form": QT_TRANSLATE_NOOP("messages", "Extension application form"),
    "change_application_form": QT_TRANSLATE_NOOP("messages", "Change application form"),
    "change_proof": QT_TRANSLATE_NOOP("messages", "Proof of the change"),
    "reissue_application_form": QT_TRANSLATE_NOOP("messages", "Reissue application form"),
    "loss_declaration": QT_TRANSLATE_NOOP("messages", "Loss declaration"),
    "damaged_card": QT_TRANSLATE_NOOP("messages", "Damaged work permit card"),
    "cancellation_application": QT_TRANSLATE_NOOP("messages", "Cancellation application"),
}

# ``{field}`` and the Problem's params are filled in. "required" comes from texts/accounts.py.
PROBLEM_TEXTS: dict[str, str] = {
    # Applicants and passports (domain/applicants.py, services/applicants.py).
    "sex_invalid": QT_TRANSLATE_NOOP("messages", "{field} must be M, F or X."),
    "birth_date_in_future": QT_TRANSLATE_NOOP("messages", "{field} lies in the future."),
    "birth_date_implausible": QT_TRANSLATE_NOOP(
        "messages", "{field} is more than {max_age} years ago; please check it."
    ),
    "nationality_unknown": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{value}” is not a known country code."
    ),
    "issuing_state_unknown": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{value}” is not a known country or issuing authority code."
    ),
    "education_invalid": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{value}” is not one of the listed degrees."
    ),
    "email_invalid": QT_TRANSLATE_NOOP("messages", "{field} is not a valid e-mail address."),
    "passport_expired": QT_TRANSLATE_NOOP("messages", "The passport expired on {expiry}."),
    "passport_already_recorded": QT_TRANSLATE_NOOP(
        "messages", "This passport is already recorded for applicant no. {applicant_id}."
    ),
    "passport_number_invalid_character": QT_TRANSLATE_NOOP(
        "messages", "{field}: character {position} (“{char}”) must be a letter or a digit."
    ),
    "passport_number_length": QT_TRANSLATE_NOOP(
        "messages", "{field} must have {min} to {max} characters, not {actual}."
    ),
    # Passport MRZ (domain/mrz.py).
    "mrz_empty": QT_TRANSLATE_NOOP("messages", "No machine-readable zone was entered."),
    "mrz_invalid_character": QT_TRANSLATE_NOOP(
        "messages", "Line {line}, position {position}: “{char}” cannot appear in an MRZ."
    ),
    "mrz_line_length": QT_TRANSLATE_NOOP(
        "messages", "MRZ line {line} has {actual} characters instead of {expected}."
    ),
    "mrz_length": QT_TRANSLATE_NOOP(
        "messages", "The MRZ has {actual} characters instead of {expected} (two lines of 44)."
    ),
    "mrz_not_passport": QT_TRANSLATE_NOOP(
        "messages", "Document type “{document_type}” is not a passport."
    ),
    "mrz_unknown_country": QT_TRANSLATE_NOOP(
        "messages", "{field}: code “{code}” is not a known country code."
    ),
    "mrz_date_impossible": QT_TRANSLATE_NOOP("messages", "{field}: “{raw}” is not a valid date."),
    "mrz_sex_invalid": QT_TRANSLATE_NOOP("messages", "{field}: “{char}” must be M, F or <."),
    "mrz_check_digit_wrong": QT_TRANSLATE_NOOP(
        "messages", "{field}: the check digit is {printed}, but the data call for {expected}."
    ),
    # Identifiers (domain/identifiers.py).
    "uscc_length": QT_TRANSLATE_NOOP(
        "messages", "{field} must have {expected} characters, not {actual}."
    ),
    "uscc_invalid_character": QT_TRANSLATE_NOOP(
        "messages", "{field}: character {position} (“{char}”) is not allowed there."
    ),
    "uscc_check_character": QT_TRANSLATE_NOOP(
        "messages", "{field}: the last character is {actual}, but the code calls for {expected}."
    ),
    "resident_id_length": QT_TRANSLATE_NOOP(
        "messages", "{field} must have {expected} characters, not {actual}."
    ),
    "resident_id_invalid_character": QT_TRANSLATE_NOOP(
        "messages", "{field}: character {position} (“{char}”) is not allowed there."
    ),
    "resident_id_check_character": QT_TRANSLATE_NOOP(
        "messages", "{field}: the last character is {actual}, but the number calls for {expected}."
    ),
    "resident_id_region_invalid": QT_TRANSLATE_NOOP(
        "messages", "{field}: region code {region} does not exist."
    ),
    "resident_id_birth_date_impossible": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{raw}” is not a valid date of birth."
    ),
    "resident_id_birth_date_mismatch": QT_TRANSLATE_NOOP(
        "messages", "{field} gives the date of birth {id_birth_date}, but {given} was entered."
    ),
    "resident_id_sex_mismatch": QT_TRANSLATE_NOOP(
        "messages", "{field} belongs to sex {id_sex}, but {given} was entered."
    ),
    "permanent_residence_id_format": QT_TRANSLATE_NOOP(
        "messages", "{field} does not have the format of a {length}-character card number."
    ),
    "permanent_residence_id_check_character": QT_TRANSLATE_NOOP(
        "messages", "{field}: the last character is {actual}, but the number calls for {expected}."
    ),
    "permanent_residence_id_length": QT_TRANSLATE_NOOP(
        "messages", "{field} must have 15 or 18 characters, not {actual}."
    ),
    # Employers (domain/employers.py, domain/jiangsu.py, services/employers.py).
    "city_not_in_jiangsu": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{value}” is not a city of Jiangsu Province."
    ),
    "handlers_count": QT_TRANSLATE_NOOP(
        "messages", "An employer authorises {min} to {max} handlers, not {actual}."
    ),
    "handler_name_required": QT_TRANSLATE_NOOP("messages", "Handler {index} needs a name."),
    "studio_year_required": QT_TRANSLATE_NOOP(
        "messages", "Enter the year the foreign expert studio was recognised."
    ),
    "studio_level_required": QT_TRANSLATE_NOOP(
        "messages", "Choose the level of the foreign expert studio."
    ),
    "studio_year_invalid": QT_TRANSLATE_NOOP(
        "messages", "{field} must lie between {min} and {max}."
    ),
    # Cases (domain/cases.py, services/cases.py).
    "salary_not_positive": QT_TRANSLATE_NOOP("messages", "{field} must be more than zero."),
    "salary_negative": QT_TRANSLATE_NOOP("messages", "{field} cannot be negative."),
    "contract_ends_before_start": QT_TRANSLATE_NOOP(
        "messages", "The contract ends before it starts ({start})."
    ),
    "short_term_too_long": QT_TRANSLATE_NOOP(
        "messages",
        "Short-term work lasts at most {max_days} days; this contract runs {days} days.",
    ),
    "period_is_short_term": QT_TRANSLATE_NOOP(
        "messages",
        "The contract runs only {days} days: work of {max_days} days or less is a short-term "
        "application.",
    ),
    "category_evaluation_required": QT_TRANSLATE_NOOP(
        "messages", "A new application needs the category evaluation (routes or points)."
    ),
    "category_unsuggested_reason_missing": QT_TRANSLATE_NOOP(
        "messages",
        "No category could be suggested from the data given: write down why {chosen} applies.",
    ),
    "category_override_reason_missing": QT_TRANSLATE_NOOP(
        "messages",
        "Category {chosen} differs from the suggested category {suggested}: write down why.",
    ),
    "applicant_without_passport": QT_TRANSLATE_NOOP(
        "messages", "The applicant has no current passport on file."
    ),
    "cannot_change": QT_TRANSLATE_NOOP(
        "messages", "{field} cannot be changed once a case exists; open a new case instead."
    ),
    "year_invalid": QT_TRANSLATE_NOOP("messages", "{field} must lie between {min} and {max}."),
    "amount_not_positive": QT_TRANSLATE_NOOP("messages", "{field} must be more than zero."),
    # Points (domain/points.py).
    "points_table_unknown": QT_TRANSLATE_NOOP(
        "messages", "Points table “{table_id}” does not exist."
    ),
    "value_below_minimum": QT_TRANSLATE_NOOP(
        "messages", "{field}: {value} is below the lowest value the table scores ({min})."
    ),
    "value_above_maximum": QT_TRANSLATE_NOOP(
        "messages", "{field}: {value} is above the highest value the table scores ({max})."
    ),
    # Checklist (domain/checklist.py, services/cases.py): the field is the document.
    "document_date_required": QT_TRANSLATE_NOOP(
        "messages", "{field}: enter the issue date to check that it is recent enough."
    ),
    "document_issued_after_submission": QT_TRANSLATE_NOOP(
        "messages", "{field}: issued on {issued_on}, after the submission date {submission_date}."
    ),
    "document_too_old": QT_TRANSLATE_NOOP(
        "messages",
        "{field}: issued on {issued_on}, so valid only until {valid_until} "
        "({max_months} months); the submission date is {submission_date}.",
    ),
    "document_authentication_missing": QT_TRANSLATE_NOOP(
        "messages", "{field}: issued abroad, it needs an apostille or consular legalisation."
    ),
    "passport_expires_before_period_end": QT_TRANSLATE_NOOP(
        "messages", "The passport expires on {expiry}, before the period ends on {period_end}."
    ),
    "checklist_item_missing": QT_TRANSLATE_NOOP("messages", "{field} has not been received."),
    "cannot_provide_reason_missing": QT_TRANSLATE_NOOP(
        "messages", "Write down why the document cannot be provided."
    ),
    # Issued permits (domain/permits.py).
    "work_permit_number_unusual": QT_TRANSLATE_NOOP(
        "messages",
        "{field} usually has {expected_digits} digits; this one has {length} characters. "
        "Please check it.",
    ),
    "validity_ends_before_start": QT_TRANSLATE_NOOP(
        "messages", "{field} lies before the start of validity ({valid_from})."
    ),
    "residence_validity_too_short": QT_TRANSLATE_NOOP(
        "messages", "A residence permit is valid for at least 90 days: {field} {earliest} or later."
    ),
    "residence_validity_too_long": QT_TRANSLATE_NOOP(
        "messages",
        "A residence permit is valid for at most 5 years: {field} {latest} at the latest.",
    ),
    "residence_validity_beyond_passport": QT_TRANSLATE_NOOP(
        "messages", "The residence permit cannot outlast the passport ({passport_expiry})."
    ),
    "extension_filed_too_early": QT_TRANSLATE_NOOP(
        "messages", "An extension can be filed from {opens} on."
    ),
    "extension_filed_too_late": QT_TRANSLATE_NOOP(
        "messages", "The last day to file an extension was {closes}; a new permit is needed."
    ),
    # Track transitions (domain/tracks.py).
    "track_closed": QT_TRANSLATE_NOOP(
        "messages", "This application is closed ({state}); nothing more can be done with it."
    ),
    "transition_not_allowed": QT_TRANSLATE_NOOP(
        "messages", "This step is not possible in the current state ({state})."
    ),
    "deficiencies_required": QT_TRANSLATE_NOOP(
        "messages", "List every deficiency: the one-time notice must name them all."
    ),
    "mandatory_items_missing": QT_TRANSLATE_NOOP(
        "messages", "Mandatory documents are missing; only A-category cases may be accepted so."
    ),
    "refusal_reason_required": QT_TRANSLATE_NOOP(
        "messages", "A refusal needs at least one reason."
    ),
    "refusal_reason_unknown": QT_TRANSLATE_NOOP("messages", "Unknown refusal reason “{code}”."),
    "residence_approval_before_work_permit": QT_TRANSLATE_NOOP(
        "messages",
        "The residence permit can be approved only after the work permit ({state})."
    ),
    "residence_issue_before_work_permit": QT_TRANSLATE_NOOP(
        "messages",
        "Issue the work permit first: the residence permit is granted on it ({state})."
    ),
}
