"""A drafter survey of terms defined only by pointing to a schedule (issue 9, refs7): five kinds of drafter define the
services, the service credits or the support hours by reference to a part of the contract; where that part is not
attached the term carries no content, and a clause that only names it ('shall perform the Services', 'entitled to
Service Credits') is a pointer, not the provision. Where the part is attached, where the definition says what the
term is, or where the clause states the figure itself, the element stays found.

Each case is (drafter, rule, definition, clause, attached part or None, present). Clauses of our own invention."""

import pytest

from survey_harness import assert_found, framed, params

FRAMES = {
    "uk_outsourcing": ("OUTSOURCING AGREEMENT\n\nThis Agreement is made between Hollowmere Borough Council (the "
                       "\"Customer\") and Greyfield Digital Services Ltd (the \"Supplier\").\n\n1. Definitions\n\n1.1 ",
                       "\n\nSigned for the Customer: ____________\nSigned for the Supplier: ____________\n"),
    "us_msa": ("MASTER SERVICES AGREEMENT\n\nThis Master Services Agreement is entered into by Tallgrass Mutual Inc., "
               "an Iowa corporation (\"Customer\"), and Brightwire Systems LLC (\"Provider\").\n\n1. DEFINITIONS\n\n",
               "\n\nIN WITNESS WHEREOF the parties have executed this Agreement.\n"),
    "in_it_firm": ("IT SERVICES AGREEMENT\n\nThis Agreement is executed between Sahyadri Textiles Limited (hereinafter the "
                   "\"Client\") and Nilgiri Infotech Private Limited (hereinafter the \"Service Provider\").\n\n"
                   "1. Definitions and Interpretation\n\n1.1 ",
                   "\n\nFor Sahyadri Textiles Limited: ____________\nFor Nilgiri Infotech Private Limited: ____________\n"),
    "au_plain": ("ICT SUPPORT AGREEMENT\n\nThis agreement is between Wattle Creek Medical Centre Pty Ltd (\"you\") and "
                 "Boomerang IT Pty Ltd ABN 12 345 678 901 (\"we\" or the \"Provider\").\n\n1. Words we use\n\n",
                 "\n\nSigned by both parties.\n"),
    "civil_law": ("CONTRACT FOR APPLICATION MANAGEMENT SERVICES\n\nBetween Vetreria Lagunare S.p.A. (the \"Client\") and "
                  "Codice Alpino S.r.l. (the \"Supplier\").\n\nArticle 1 - Definitions\n\n",
                  "\n\nDrawn up in two originals.\n"),
}

SCHEDULE_SERVICES = ("\n\n{part} - SERVICE DESCRIPTION\n\n1. The Supplier shall operate a service desk for the users, "
                     "monitor the servers around the clock and apply security patches to every laptop each month.")
SCHEDULE_CREDITS = ("\n\n{part} - SERVICE CREDITS\n\n1. Where availability in a month falls below 99.5%, the Customer shall "
                    "receive a service credit of 5% of that month's fees for each 0.5% shortfall, up to 25% of the fees.")
SCHEDULE_HOURS = ("\n\n{part} - SUPPORT HOURS\n\n1. Support Hours are 9:00 to 18:00 IST, Monday to Saturday, except public "
                  "holidays in Maharashtra.")

CASES = [
    # the services, defined by a schedule only: absent when it is not attached, found when it is
    ("uk_outsourcing", "SCOPE-SERVICES", '"Services" means the services described in Schedule 2 (Service Description).',
     "2. Services\n\n2.1 The Supplier shall perform the Services from the Commencement Date.", None, False),
    ("uk_outsourcing", "SCOPE-SERVICES", '"Services" means the services described in Schedule 2 (Service Description).',
     "2. Services\n\n2.1 The Supplier shall perform the Services from the Commencement Date.", "SCHEDULE 2", True),
    ("in_it_firm", "SCOPE-SERVICES", '"Services" shall mean the managed services specified in Annexure 1 hereto.'
     .replace("Annexure", "Appendix"),
     "2. Scope\n\n2.1 The Service Provider shall render the Services to the Client in a professional manner.", None, False),
    ("au_plain", "SCOPE-SERVICES", 'The "Services" are those listed in Schedule 1.',
     "2. What we do\n\nWe will provide the Services to you from the start date.", None, False),
    ("au_plain", "SCOPE-SERVICES", 'The "Services" are those listed in Schedule 1.',
     "2. What we do\n\nWe will provide the Services to you from the start date.", "SCHEDULE 1", True),
    ("civil_law", "SCOPE-SERVICES", 'The term "Services" refers to the activities specified in Annex A.',
     "Article 2 - Object\n\n2.1 The Supplier undertakes to perform the Services for the Client.",
     None, False),
    # ... the clause saying what they are after naming them: found
    ("au_plain", "SCOPE-SERVICES", 'The "Services" are those listed in Schedule 1.',
     "2. What we do\n\nWe will provide the Services, namely support for your twelve laptops and your file server.", None,
     True),
    ("uk_outsourcing", "SCOPE-SERVICES", '"Services" means the services described in Schedule 2 (Service Description).',
     "2. Services\n\n2.1 The Supplier shall perform the Services, including the monitoring of the Customer's network.",
     None, True),
    # ... defined with content of its own: found, attached or not
    ("us_msa", "SCOPE-SERVICES", '"Services" means the help desk, remote monitoring of Customer\'s servers and patching of '
     "Customer's laptops, as further described in Exhibit A.",
     "2. SERVICES\n\n2.1 Provider shall provide the Services during the Term.", None, True),
    ("civil_law", "SCOPE-SERVICES", 'The term "Services" refers to the corrective and adaptive maintenance of the e-commerce '
     "platform, as detailed in Annex A.",
     "Article 2 - Object\n\n2.1 The Supplier undertakes to perform the Services for the Client.",
     None, True),
    # ... defined in brackets after the pointer, in the clause that engages the provider
    ("us_msa", "SCOPE-SERVICES", "Capitalized terms have the meanings given where they first appear.",
     '2. SERVICES\n\n2.1 Provider shall provide the support services set forth in Exhibit A (Service Description) (the '
     '"Services").\n\n2.2 Provider shall perform the Services in a professional and workmanlike manner.', None, False),
    ("us_msa", "SCOPE-SERVICES", "Capitalized terms have the meanings given where they first appear.",
     '2. SERVICES\n\n2.1 Provider shall provide the support services set forth in Exhibit A (Service Description) (the '
     '"Services").\n\n2.2 Provider shall perform the Services in a professional and workmanlike manner.', "EXHIBIT A", True),
    # the service credits, defined by a part only
    ("us_msa", "SLA-REMEDIES", '"Service Credits" means the credits calculated in accordance with Exhibit C.',
     "4. SERVICE LEVELS\n\n4.1 If Provider fails to meet a Service Level, Customer shall be entitled to Service Credits.",
     None, False),
    ("us_msa", "SLA-REMEDIES", '"Service Credits" means the credits calculated in accordance with Exhibit C.',
     "4. SERVICE LEVELS\n\n4.1 If Provider fails to meet a Service Level, Customer shall be entitled to Service Credits.",
     "EXHIBIT C", True),
    ("uk_outsourcing", "SLA-REMEDIES", '"Service Credits" means the sums calculated under Schedule 4.',
     "5. Service Levels\n\n5.1 A failure to achieve a Service Level shall entitle the Customer to Service Credits.",
     None, False),
    ("in_it_firm", "SLA-REMEDIES", '"Service Credits" has the meaning given to it in Appendix 3.',
     "5. Service Levels\n\n5.1 The Client shall be eligible for Service Credits for each month in which the Service Provider "
     "misses a Service Level.", None, False),
    # ... the term named with its figure: found, whatever the definition
    ("us_msa", "SLA-REMEDIES", '"Service Credits" means the credits calculated in accordance with Exhibit C.',
     "4. SERVICE LEVELS\n\n4.1 If availability falls below 99.9% in a month, Customer shall receive Service Credits of 5% "
     "of the monthly fee.", None, True),
    ("au_plain", "SLA-REMEDIES", '"Service Credits" means the amounts worked out under Schedule 3.',
     "4. If we miss a target\n\nIf we miss the uptime target, you get Service Credits equal to 10% of that month's fee.",
     None, True),
    # the support hours, defined by a part only; with content of their own
    ("in_it_firm", "SCOPE-HOURS", '"Support Hours" has the meaning given to it in Appendix 3.',
     "3. Support\n\n3.1 The Service Provider shall provide support to the Client's users during Support Hours.", None, False),
    ("in_it_firm", "SCOPE-HOURS", '"Support Hours" has the meaning given to it in Appendix 3.',
     "3. Support\n\n3.1 The Service Provider shall provide support to the Client's users during Support Hours.", "APPENDIX 3",
     True),
    ("au_plain", "SCOPE-HOURS", '"Support Hours" means 8am to 6pm (Brisbane time) on weekdays other than public holidays.',
     "3. When we help\n\nWe will answer your calls during Support Hours.", None, True),
    # ... defined with content: found
    ("uk_outsourcing", "SLA-REMEDIES", '"Service Credits" means a reduction of 5% of the monthly Charges for each Service '
     "Level missed in a month.",
     "5. Service Levels\n\n5.1 A failure to achieve a Service Level shall entitle the Customer to Service Credits.",
     None, True),
]


def _text(drafter, definition, clause, part):
    body = definition + "\n\n" + clause
    if part:
        schedule = (SCHEDULE_CREDITS if "credits" in definition.lower() else
                    SCHEDULE_HOURS if "hours" in definition.lower() else SCHEDULE_SERVICES)
        body += schedule.format(part=part)
    return framed(FRAMES, drafter, body)


def _still_wrong(case):
    return None


@pytest.mark.parametrize("drafter, rule, definition, clause, part, present",
                         params(CASES, ids=lambda case, i: f"{case[0]}-{case[1]}-{i}", still_wrong=_still_wrong))
def test_a_term_defined_only_by_a_missing_part_is_no_provision(tmp_path, rulebook, drafter, rule, definition, clause, part,
                                                               present):
    assert_found(tmp_path, rulebook, rule, _text(drafter, definition, clause, part), present)
