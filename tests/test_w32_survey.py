"""Wordings the w32 fix source showed uncovered (issue 9, session 20), as six drafters who never saw it would put them:
a South African insurer, an Indian service provider, a UK plain-English small MSP, a US county, a Dutch or German
contract in translation and an Australian retailer.

Each clause was written for this survey, in words of our own, and labelled by ELEMENTS.md as a careful lawyer would.
- durations: the figure in digits, then in words in brackets ('30 (thirty) days'), as South African and Indian drafters
  write it, is a duration like 'thirty (30) days'.
- `termination.notice`: an exit on such a notice is met, not left without its figure.
- `sla.remedies`: a time or a mark missed (periods not met, a request not taken up within the time, a level fallen
  below), then the fee cut or money taken off it.
- `data.confidentiality`: what is held in confidence with a list in brackets among its words; what is kept "to myself"
  said first; a refusal to share or use beyond the work.
- `termination.cause`: "it" the agreement ended after a breach not put right; an agreement dissolved or rescinded for
  default, as a Dutch, German or Spanish contract in translation ends it.
- `sla.response`: the handling begun, the matter taken in hand, someone looking at the problem the same day.
- `backup`: a copy run, produced or supervised on a schedule; `sla.resolution`: back to a usable state, a temporary
  solution as quickly as circumstances permit; `data.breach`: data that may have been lost or unlawfully processed;
  `scope.hours`: the parts of the week someone is about, not a change window's times; `scope.services`: a heading by
  the verb of the work ("What the Operator runs"); `escalation`: not one kept in the customer's own organisation;
  `data.hipaa`: not a separate service's own BAA; `liability.cap`: not a cap left to another body's Terms of Service;
  `liability.carve_outs`: "nothing in this arrangement limits", limits that lapse for a grave fault; `renewal`: rolls
  on for another year, carried forward into each following year unless cancelled; `sla.reporting`: a statement of the
  figures with reasons for every miss, whether the times were kept, their attainment; `governing_law`: a contract
  "subject to" a law; `governance`: an account lead, contacts meeting twice a year.
An element is present when its rule is met or weak."""

import pytest

from checker.nlp.pipeline import analyse, build_pipeline, tags_of
from rule_findings import finding_of
from survey_harness import assert_found, framed, params

DRAFTERS = {
    "za_insurer": ('MASTER SERVICES AGREEMENT\n\nThis Agreement is entered into between Karoo Mutual Insurance Limited '
                   '(the "Insurer") and Blouberg Digital (Pty) Ltd (the "Service Provider").\n\n1. SERVICES\nThe Service '
                   'Provider shall support and maintain the Insurer\'s policy administration platform.\n\n',
                   '\n20. GOVERNING LAW\nThis Agreement is governed by the laws of the Republic of South Africa.\n'),
    "in_provider": ('IT INFRASTRUCTURE SUPPORT AGREEMENT\n\nThis Agreement is entered into between Godavari Agro Private '
                    'Limited (the "Company") and Sahyadri Infotech Private Limited (the "Service Provider").\n\n'
                    '1. Scope of Work\nThe Service Provider shall support the Company\'s servers, desktops and LAN at '
                    'its plants.\n\n',
                    '\n19. Governing Law\nThis Agreement shall be governed by the laws of India.\n'),
    "msp_plain": ('IT SUPPORT TERMS\n\nThese terms are between Hollin Farm Shop (you) and Brackenbyte IT (we, us).\n\n'
                  '1. What we do\nWe look after your PCs, your till and your Wi-Fi.\n\n',
                  '\n12. Law\nThese terms are governed by the law of England and Wales.\n'),
    "us_county": ('INFORMATION TECHNOLOGY SERVICES AGREEMENT\n\nThis Agreement is between Marlow County, a political '
                  'subdivision (the "County"), and Redfern Systems LLC (the "Contractor").\n\n1. Services\nThe '
                  'Contractor shall maintain the County\'s desktop computers, printers and network switches.\n\n',
                  '\n20. Governing Law\nThis Agreement is governed by the laws of the State of Iowa.\n'),
    "nl_translated": ('SUPPORT AGREEMENT\n\nThe undersigned: Bureau Vermeulen B.V. (the "Client") and Delftnet ICT '
                      'B.V. (the "Supplier").\n\nARTICLE 1 - OBJECT\nThe Supplier shall manage and maintain the '
                      'Client\'s workstations, file server and network.\n\n',
                      '\nARTICLE 20 - APPLICABLE LAW\nDutch law applies to this agreement.\n'),
    "au_retail": ('STORE TECHNOLOGY SUPPORT AGREEMENT\n\nThis Agreement is between Saltbush Outfitters Pty Ltd (the '
                  '"Client") and Wattle Technology Pty Ltd (the "Contractor").\n\n1. Services\nThe Contractor shall '
                  'support the point-of-sale terminals, back-office PCs and store networks of the Client.\n\n',
                  '\n18. Governing Law\nThis Agreement is governed by the laws of Victoria.\n'),
}

# the same drafters with no services clause of their own: the frame for a scope survey
for _name, (_opening, _closing) in list(DRAFTERS.items()):
    DRAFTERS[_name + "_bare"] = (_opening[:_opening.rindex("\n\n", 0, len(_opening) - 2) + 2], _closing)

# ... and one with no clause on the law: the frame for a governing-law near miss
DRAFTERS["us_county_nolaw"] = (DRAFTERS["us_county"][0], "\n")

# --- durations: digits, then the words in brackets
DURATIONS = [
    ("within 30 (thirty) days of the invoice date", "30 (thirty) days", 30.0, "day"),
    ("not less than 180 (one hundred and eighty) days' written notice", "180 (one hundred and eighty) days", 180.0, "day"),
    ("within 2 (two) Business Days of the request", "2 (two) Business Days", 2.0, "day"),
    ("within 4 (four) hours of the call", "4 (four) hours", 4.0, "hour"),
    ("for a period of 12 (twelve) months", "12 (twelve) months", 12.0, "month"),
    ("restored within 90 (ninety) minutes", "90 (ninety) minutes", 90.0, "minute"),
]
NOT_DURATIONS = [
    "deliver 3 (three) copies of the report",  # no unit
    "in accordance with clause 12 (Termination) of the Agreement",  # a clause's title in brackets
]


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.mark.parametrize(("text", "tagged", "value", "unit"), DURATIONS)
def test_digits_then_words_in_brackets_are_one_duration(nlp, text, tagged, value, unit):
    [tag] = [t for t in tags_of(analyse(nlp, text)) if t.label == "DURATION"]
    assert (tag.text, tag.value["value"], tag.value["unit"]) == (tagged, value, unit)


@pytest.mark.parametrize("text", NOT_DURATIONS)
def test_no_duration_without_a_unit(nlp, text):
    assert not [t for t in tags_of(analyse(nlp, text)) if t.label == "DURATION"]


CASES = [
    # --- termination.notice: an exit on a notice written digits first, the words in brackets: met
    ("TERM-CONVENIENCE", "za_insurer", "17. TERMINATION\nThe Insurer may terminate this Agreement for convenience by "
     "giving the Service Provider not less than 90 (ninety) days' written notice.\n", True),
    ("TERM-CONVENIENCE", "in_provider", "14. Termination\nThe Company may terminate this Agreement without cause upon 60 "
     "(sixty) days' prior written notice to the Service Provider.\n", True),

    # --- sla.remedies: a time or a mark missed, then the fee cut or money off it
    ("SLA-REMEDIES", "nl_translated", "ARTICLE 4 - SHORTCOMINGS\nIf the Supplier repeatedly fails to meet the periods in "
     "article 3, the Client is entitled to a proportionate reduction of the monthly fee.\n", True),
    ("SLA-REMEDIES", "za_insurer", "5. SERVICE LEVELS\nWhere a Priority 1 Incident is not attended to within the time in "
     "the table on more than two occasions in a month, the monthly charge for that month is reduced by 5 (five) "
     "percent.\n", True),
    ("SLA-REMEDIES", "au_retail", "5. Uptime\nIf the store network's uptime in a month falls below the percentage in "
     "clause 4, the Contractor shall give the Client a credit against the next invoice equal to 10% of that store's "
     "monthly fee.\n", True),
    ("SLA-REMEDIES", "in_provider", "6. Penalties\nIf the Service Provider fails to adhere to the timelines in the "
     "resolution matrix, the Company shall be entitled to a deduction of 2% from the monthly invoice.\n", True),
    ("SLA-REMEDIES", "msp_plain", "4. If we're late\nIf a call is not picked up within the times above more than "
     "twice in a month, that month's fee is reduced by a tenth.\n", True),
    ("SLA-REMEDIES", "us_county", "6. Performance\nIf the Contractor misses the response times in Exhibit A, the "
     "County may withhold a reduction of 5% on the monthly invoice.\n", True),
    # near misses: the customer's late payment, a price change, a credit for goods returned
    ("SLA-REMEDIES", "us_county", "6. Payment\nIf the County fails to meet the payment deadlines in section 5, the "
     "Contractor may charge interest at 1% per month.\n", False),
    ("SLA-REMEDIES", "au_retail", "6. Prices\nThe monthly fee is reduced to AUD 900 from the second year of the "
     "Agreement.\n", False),
    ("SLA-REMEDIES", "in_provider", "6. Invoices\nIf the Company does not pay within the time stated on the invoice, "
     "the Service Provider may suspend the Services.\n", False),

    # --- data.confidentiality: a list in brackets among what is held in confidence
    ("DATA-CONFIDENTIALITY", "us_county", "8. Confidential matters\nEach party will hold the other's non-public "
     "business information (including prices, staffing plans and tooling) in confidence.\n", True),
    ("DATA-CONFIDENTIALITY", "za_insurer", "8. SECRECY\nThe Service Provider shall keep the Insurer's claims records, "
     "underwriting rules (and any models derived from them) and policyholder lists strictly confidential.\n", True),
    # ... kept to oneself, what is kept after
    ("DATA-CONFIDENTIALITY", "msp_plain", "6. Your information\nWe will keep to ourselves anything we see on your "
     "computers that isn't already public.\n", True),
    ("DATA-CONFIDENTIALITY", "au_retail", "8. Discretion\nThe Contractor's technicians shall keep to themselves "
     "whatever they learn about the Client's sales and suppliers.\n", True),
    # ... a refusal to share or use beyond the work
    ("DATA-CONFIDENTIALITY", "msp_plain", "6. Your information\nWe won't share it or use it for anything except looking "
     "after your systems.\n", True),
    ("DATA-CONFIDENTIALITY", "in_provider", "8. Confidentiality of information\nThe Service Provider shall not share or "
     "use any Company information other than to perform the Services.\n", True),
    ("DATA-CONFIDENTIALITY", "nl_translated", "ARTICLE 6 - INFORMATION\nThe Supplier shall not pass on nor use what it "
     "learns of the Client's projects for any other purpose.\n", True),
    # near misses: a licence's use, the customer's own duty, staying on one's own
    ("DATA-CONFIDENTIALITY", "us_county", "8. Software\nThe County shall not share or use the licence keys except on "
     "County devices.\n", False),
    ("DATA-CONFIDENTIALITY", "au_retail", "8. Equipment\nThe Contractor shall keep to the Client's floor plan when "
     "installing cabling.\n", False),

    # --- termination.cause: "it" the agreement ended after a breach not put right
    ("TERM-CAUSE", "msp_plain", "10. Ending things\nIf either of us seriously lets the other down and doesn't put it right "
     "within 14 days of being told, the other can end it at once.\n", True),
    ("TERM-CAUSE", "au_retail", "14. Default\nIf a party breaches this Agreement and fails to put things right within 30 "
     "days of a written request, the other party may end it by notice.\n", True),
    # ... dissolved, rescinded or withdrawn from for default
    ("TERM-CAUSE", "nl_translated", "ARTICLE 11 - DISSOLUTION\nEach party may dissolve this agreement if the other party, "
     "after a written notice of default giving a reasonable period to perform, still fails to comply.\n", True),
    ("TERM-CAUSE", "nl_translated", "ARTICLE 11 - RESCISSION\nThe Client may rescind the contract where the Supplier is "
     "in default and has let the grace period pass.\n", True),
    ("TERM-CAUSE", "in_provider", "14. Withdrawal\nEither party may withdraw from the Agreement in the event of a "
     "material breach by the other that continues for thirty days after notice.\n", True),
    ("TERM-CAUSE", "za_insurer", "17. CANCELLATION\nThe Insurer may rescind this Agreement forthwith if the Service "
     "Provider is placed in default under clause 9 and remains in default after fourteen days.\n", True),
    # near misses: a dissolution of a company, interest on default
    ("TERM-CAUSE", "nl_translated", "ARTICLE 11 - CONTINUITY\nIf the Supplier is dissolved as a company, its obligations "
     "pass to its legal successor.\n", False),
    ("TERM-CAUSE", "us_county", "14. Payment\nAmounts in default bear interest at the statutory rate.\n", False),

    # --- sla.response: the handling begun, the matter taken in hand, someone looking at it the same day
    ("SLA-RESPONSE", "nl_translated", "ARTICLE 3 - HANDLING OF FAULTS\nThe Supplier shall begin the handling of a "
     "reported fault:\n- where the whole office cannot work: within one hour;\n- in all other cases: within one "
     "working day.\n", True),
    ("SLA-RESPONSE", "za_insurer", "5. INCIDENTS\nThe Service Provider shall commence the processing of each Priority 1 "
     "Incident within 30 minutes of it being logged.\n", True),
    ("SLA-RESPONSE", "in_provider", "5. Fault handling\nThe Service Provider takes each reported fault in hand within two "
     "hours of its receipt at the help desk.\n", True),
    ("SLA-RESPONSE", "au_retail", "5. Faults\nA fault that stops trading shall be taken in hand within 30 minutes.\n", True),
    ("SLA-RESPONSE", "msp_plain", "3. When something breaks\nWe'll try to get someone looking at your problem the same "
     "working day you tell us about it.\n", True),
    ("SLA-RESPONSE", "us_county", "4. Service requests\nThe Contractor will get a technician looking into each ticket "
     "within four business hours.\n", True),
    # near misses: the customer's own processing, a project begun
    ("SLA-RESPONSE", "us_county", "4. Payroll\nThe Contractor shall begin the processing of the County's payroll data "
     "within five days of each month end.\n", False),
    ("SLA-RESPONSE", "au_retail", "4. Projects\nThe Contractor shall start the handling of the store refit project "
     "in March.\n", False),
]

CASES += [
    # --- backup: a copy run, produced or supervised on a schedule
    ("CONT-BACKUP", "nl_translated", "ARTICLE 9 - COPIES OF THE DATABASE\nThe Supplier shall configure and supervise a full "
     "copy of the accounts database every night at 22:00.\n", True),
    ("CONT-BACKUP", "in_provider", "9. Data copies\nThe Service Provider shall run a complete copy of the ERP database "
     "daily and retain each copy for 30 days.\n", True),
    ("CONT-BACKUP", "us_county", "9. Records\nThe Contractor will produce an encrypted copy of the records server every "
     "evening.\n", True),
    ("CONT-BACKUP", "za_insurer", "9. DATA\nThe Service Provider shall perform a full copy of the claims database each "
     "night.\n", True),
    ("CONT-BACKUP", "msp_plain", "5. Your files\nWe generate a fresh copy of your file server every night.\n", True),
    # near misses: a copy handed over on request, a copy of an invoice
    ("CONT-BACKUP", "us_county", "9. Records\nThe Contractor shall produce a copy of the audit log within ten days of a "
     "request.\n", False),
    ("CONT-BACKUP", "au_retail", "9. Invoices\nThe Contractor shall generate a copy of each invoice monthly.\n", False),

    # --- sla.resolution: the service back to a usable state, a temporary solution, no time
    ("SLA-RESOLUTION", "nl_translated", "ARTICLE 4 - RESTORATION\nAfter a fault is reported, the Supplier shall strive to bring the "
     "affected system back to a usable state as soon as can reasonably be expected.\n", True),
    ("SLA-RESOLUTION", "in_provider", "5. Restoration\nOn any fault, the Service Provider shall get the plant network back to a "
     "working condition as quickly as possible.\n", True),
    ("SLA-RESOLUTION", "za_insurer", "5. RESTORATION\nThe Service Provider shall ensure that users can work again, if "
     "necessary with a temporary solution, as quickly as the circumstances permit.\n", True),
    ("SLA-RESOLUTION", "au_retail", "5. Faults\nThe Contractor shall put in place an interim fix, without undue delay, for "
     "any fault that stops trading.\n", True),
    ("SLA-RESOLUTION", "us_county", "5. Outages\nThe Contractor shall provide a provisional solution promptly for any "
     "outage of the dispatch system.\n", True),
    # near misses: a temporary licence, a building put back in use
    ("SLA-RESOLUTION", "au_retail", "5. Licences\nThe Client may buy a temporary licence as quickly as it needs one.\n",
     False),

    # --- data.breach: data that may have been lost or processed unlawfully
    ("DATA-BREACH", "nl_translated", "ARTICLE 6 - INCIDENTS\nThe Supplier shall inform the Client at the latest within 36 "
     "hours of an incident in which personal data may have been lost or unlawfully processed.\n", True),
    ("DATA-BREACH", "za_insurer", "9. INCIDENTS\nThe Service Provider shall notify the Insurer within 24 hours where "
     "policyholder information has been unlawfully accessed.\n", True),
    ("DATA-BREACH", "in_provider", "9. Incidents\nWhere Company data might have been lost, the Service Provider shall "
     "inform the Company within 12 hours.\n", True),
    ("DATA-BREACH", "us_county", "9. Incidents\nThe Contractor shall report to the County within 48 hours any event in "
     "which County records were stolen.\n", True),
    # near misses: how data is processed, a report on data volumes
    ("DATA-BREACH", "nl_translated", "ARTICLE 6 - PROCESSING\nThe Supplier shall inform the Client how personal data is "
     "processed in its systems.\n", False),

    # --- scope.hours: the parts of the week someone is there
    ("SCOPE-HOURS", "msp_plain", "4. When I'm around\nI'm generally about on weekday evenings and Saturday mornings.\n", True),
    ("SCOPE-HOURS", "au_retail", "4. Availability\nThe Contractor's technician can be reached on Tuesday and Thursday "
     "afternoons.\n", True),
    ("SCOPE-HOURS", "us_county", "4. Support\nThe Contractor's staff are available on weekday mornings for routine "
     "requests.\n", True),
    # near miss: a meeting held, the customer's shop open
    ("SCOPE-HOURS", "au_retail", "4. Meetings\nService review meetings are held on Monday mornings.\n", False),

    # --- scope.services: a heading by the verb of the work, the list under it
    ("SCOPE-SERVICES", "za_insurer_bare", "2. WHAT THE SERVICE PROVIDER RUNS\n(a) the policy administration platform and its "
     "interfaces;\n(b) the broker portal.\n", True),
    ("SCOPE-SERVICES", "msp_plain_bare", "2. What we look after\n- your three office PCs;\n- the shop till.\n", True),
    ("SCOPE-SERVICES", "nl_translated_bare", "ARTICLE 2 - WHAT THE SUPPLIER MAINTAINS\na. the drawing workstations;\nb. "
     "the file server.\n", True),

    # --- escalation: kept inside the customer's own organisation, not brought to the provider
    ("SLA-ESCALATION", "msp_plain", "6. Complaints about footage\nIf you are unhappy with how your own staff handled a "
     "request, you should escalate it within the shop, not to us.\n", False),
    ("SLA-ESCALATION", "us_county", "6. Department disputes\nDisagreements between County departments are escalated "
     "within the County's own organisation and not to the Contractor.\n", False),
    # ... the provider's own route stays
    ("SLA-ESCALATION", "us_county", "6. Escalation\nAn incident not resolved within four hours shall be escalated by the "
     "Contractor to its Service Delivery Manager.\n", True),

    # --- data.hipaa: a separate service with its own BAA is no HIPAA term of this contract
    ("DATA-HIPAA", "us_county", "9. Health data\nThe Services are not approved for protected health information. Health "
     "records must be kept in the County's separate HIPAA-compliant clinic system, which is governed by its own business "
     "associate agreement.\n", False),
    ("DATA-HIPAA", "us_county", "9. Health data\nPatient files belong on another platform run by the Health Department "
     "under its own BAA.\n", False),
    # ... a BAA of this contract stays
    ("DATA-HIPAA", "us_county", "9. HIPAA\nThe parties have entered into a separate Business Associate Agreement, and the "
     "Contractor shall safeguard all protected health information as HIPAA requires.\n", True),

    # --- scope.hours: a change window's days and times are no support hours
    ("SCOPE-HOURS", "za_insurer", "4. AVAILABILITY\nThe platform shall be available 99.5% of each month, excluding agreed "
     "change windows (Sundays 00:00 to 06:00).\n", False),
]

CASES += [
    # --- liability.carve_outs: "nothing in this arrangement limits"; limits that lapse or cease to apply for a grave fault; a
    # translation's "gross fault", damage "caused intentionally"
    ("LIAB-CARVE-OUTS", "msp_plain", "11. Our liability\nOur total liability to you is limited to the fees paid in the last "
     "twelve months. Nothing in this arrangement limits liability for death or personal injury caused by negligence, or for "
     "fraud.\n", True),
    ("LIAB-CARVE-OUTS", "us_county", "11. Liability\nThe Contractor's liability shall not exceed the fees paid. Nothing in "
     "this engagement excludes liability for fraud.\n", True),
    ("LIAB-CARVE-OUTS", "nl_translated", "ARTICLE 10 - LIABILITY\nThe liability of the Supplier is limited to three months' "
     "fees. The limitations in this article lapse if the damage is the result of intent or deliberate recklessness.\n", True),
    ("LIAB-CARVE-OUTS", "za_insurer", "12. LIABILITY\nThe Service Provider's liability is limited to the Charges paid in the "
     "preceding year. The limitation ceases to apply in the case of gross negligence or fraud.\n", True),
    ("LIAB-CARVE-OUTS", "au_retail", "12. Liability\nThe Contractor's liability is capped at the annual fees. The above "
     "limits fall away where the loss results from wilful misconduct.\n", True),
    ("LIAB-CARVE-OUTS", "in_provider", "12. Liability\nThe aggregate liability of the Service Provider shall be limited to "
     "the fees paid. The limit in 12.1 does not apply to damage caused intentionally or by gross fault.\n", True),
    # ... a promise not to sue, with its exceptions
    ("LIAB-CARVE-OUTS", "msp_plain", "11. Claims\nYou agree not to bring any claim against our engineers personally, except "
     "where one of them has acted dishonestly.\n", True),
    ("LIAB-CARVE-OUTS", "us_county", "11. Claims\nThe County will not make any claim against the Contractor's staff, except "
     "in the case of fraud or deliberately caused harm.\n", True),
    # near misses: a claims time bar that lapses, the customer's own choice kept, a promise not to sue without exception
    ("LIAB-CARVE-OUTS", "nl_translated", "ARTICLE 10 - CLAIMS\nThe limitation period for claims lapses one year after the "
     "end of the agreement.\n", False),
    ("LIAB-CARVE-OUTS", "msp_plain", "11. Choice\nNothing in this arrangement limits your right to use another IT firm for "
     "projects.\n", False),
    ("LIAB-CARVE-OUTS", "us_county", "11. Claims\nThe County will not bring any claim against the Contractor's "
     "subcontractors.\n", False),
]

CASES += [
    # --- renewal: rolls on for another period; carried forward into each following year unless cancelled
    ("GEN-RENEWAL", "msp_plain", "10. How long\nThese terms run for twelve months. After that they roll on for another "
     "twelve months each time, unless either of us says otherwise a month before.\n", True),
    ("GEN-RENEWAL", "au_retail", "15. Term\nAt the end of the Initial Term the Agreement carries on for a further year "
     "unless the Client gives 60 days' notice.\n", True),
    ("GEN-RENEWAL", "us_county", "15. Subscriptions\nEach department's subscription carries forward into each following "
     "fiscal year at the then current rate, unless the department cancels in writing by April 1.\n", True),
    ("GEN-RENEWAL", "in_provider", "15. Term\nThe support plan rolls over into the next contract year unless the Company "
     "gives notice of termination 30 days before.\n", True),
    # near misses: hours carried into next month, a balance rolled on
    ("GEN-RENEWAL", "msp_plain", "6. Unused hours\nUnused support hours carry forward into the next month, unless you ask "
     "for them to be credited.\n", False),

    # --- sla.reporting: a statement of the figures with reasons for every miss; whether the times were kept; attainment
    ("SLA-REPORTING", "au_retail", "7. Reporting\nOn or before the 5th of each month the Contractor shall email the Client a "
     "statement of the previous month's figures under clause 4 for each store, with reasons for every miss.\n", True),
    ("SLA-REPORTING", "nl_translated", "ARTICLE 6 - REPORTING\nBy the fifth working day of each month, the Supplier shall "
     "send a summary showing the disruptions of the preceding month and whether the times in article 3 were kept.\n", True),
    ("SLA-REPORTING", "us_county", "7. Dashboard\nThe Contractor shall publish a quarterly dashboard showing attainment of "
     "the figures in section 5.\n", True),
    # near miss: a statement of account
    ("SLA-REPORTING", "us_county", "7. Statements\nThe Contractor shall send the County a statement of account each "
     "month.\n", False),
]

CASES += [
    # --- governing_law: the contract "subject to" a law, as a translation has it
    ("GEN-GOVERNING-LAW", "nl_translated", "ARTICLE 21 - LAW\nThis contract is subject to the law of the Kingdom of the "
     "Netherlands.\n", True),
    ("GEN-GOVERNING-LAW", "za_insurer", "21. LAW\nThis Agreement is subject to South African law.\n", True),
    ("GEN-GOVERNING-LAW", "in_provider", "21. Law\nThis Agreement shall be subject to the laws of India.\n", True),
    # near miss: a duty subject to a law's limits
    ("GEN-GOVERNING-LAW", "us_county_nolaw", "21. Records\nThe Contractor's records are subject to the public records "
     "law.\n", False),

    # --- governance: an account lead by another title; contacts who meet at a rhythm, the rhythm first
    ("GOV-GOVERNANCE", "us_county", "8. Contacts\nEach party will name an Account Lead.\n", True),
    ("GOV-GOVERNANCE", "za_insurer", "8. RELATIONSHIP\nThe Service Provider shall appoint a Relationship Owner for the "
     "Insurer.\n", True),
    ("GOV-GOVERNANCE", "nl_translated", "ARTICLE 8 - CONSULTATION\nTwice a year the contact persons discuss the course of "
     "the service.\n", True),
    ("GOV-GOVERNANCE", "au_retail", "8. Reviews\nFour times a year the coordinators of both parties meet to review "
     "performance.\n", True),
    # near miss: a sales lead
    ("GOV-GOVERNANCE", "au_retail", "8. Referrals\nThe Contractor may pass on sales leads to the Client.\n", False),
]

STILL_WRONG: dict = {}


@pytest.mark.parametrize("rule, drafter, body, present", params(
    CASES, ids=lambda case, i: f"{case[0]}-{case[1]}-{i}", still_wrong=lambda case: STILL_WRONG.get(case[2][:60])))
def test_w32_wordings(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, framed(DRAFTERS, drafter, body), present)


def test_a_limitation_left_to_the_institution_s_terms_of_service_is_a_pointer(tmp_path, rulebook):
    """A cap said to be in another body's standing terms, not in the package, is no cap here."""
    text = framed(DRAFTERS, "us_county", "12. Liability\nLimitation of liability and related matters are addressed in the "
                  "County's IT Terms of Service, which are incorporated by reference.\n")
    assert finding_of(tmp_path, rulebook, "LIAB-CAP", text).status == "missing"


def test_an_exit_on_notice_in_digits_then_words_is_met(tmp_path, rulebook):
    """The notice's figure is read: the exit is met, not left without its period."""
    text = framed(DRAFTERS, "za_insurer", "17. TERMINATION\nThe Insurer may terminate this Agreement for convenience by "
                  "giving the Service Provider not less than 180 (one hundred and eighty) days' written notice.\n")
    assert finding_of(tmp_path, rulebook, "TERM-CONVENIENCE", text).status == "met"
