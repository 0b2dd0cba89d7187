"""Wordings the w34 fix source showed uncovered (issue 9, session 20), as drafters who never saw it would put them: a US
county, a UK facilities firm, an Indian service provider, an Australian retailer, a German or Dutch contract in
translation and a plain-English small MSP (the frames of tests/test_w30_survey.py), with a Brazilian, Japanese or
Norwegian contract's translated wording where the shape comes from one.

Each clause was written for this survey, in words of our own, and labelled by ELEMENTS.md as a careful lawyer would.
- `termination.notice`: an exit at will whose notice is told as "an anticipation / antecedence of 90 days" (a Spanish or
  Portuguese 'antelacion / antecedencia' in translation), by the civil-law verbs 'resile from' and 'denounce'; and the
  US public body's exit "whenever it determines that termination is in its best interests" on written notice.
- `sla.remedies`: a sum owed for each started block of hours (a "period of six hours") a fault runs on; a deduction from
  the invoice when a first contact or a fix overran its time.
- `data.breach`: the Japanese / Korean / Chinese statutes' "leakage, loss or damage of personal information", a list
  before 'of'; the security triad with 'secrecy' for 'confidentiality' (Portuguese 'sigilo').
- `sla.response`: a time "for / to / until the first contact" as a column or a sentence; its figure repeated in words
  ('1 (one) working hour', the DURATION tagger: checker/nlp/patterns.py); the provider "acts on" outages promptly, first.
- `scope.services`: the civil-law clause titled 'Object' (objeto, objet, oggetto) says what the contract is for.
- `sla.resolution`: a device in for repair repaired or swapped for a working one and returned within a time; "a fix, or
  a way around the fault, as fast as the circumstances allow"; a translation's "dedicate itself to the normalisation /
  restoration".
- `escalation`: a call "not normalised" in time (a Portuguese or Spanish 'normalizado') taken over by someone above.
- `backup`: copies of the data kept so that it "can be recovered", or "far enough away from the primary site".
- `backup`: a backup person of a care or school service (a backup caregiver, nurse, teacher) is no data backup.
- `liability.cap`: what one party must pay the other for damage, capped at the fees paid in the months before.
- `term`, `scope.exclusions`, `renewal`, `staff`, `data.return` (not core): the agreement "valid / in force for 24 months",
  "Not included are:", the term "prolonged", a "re-entrustment", data "eliminated" at the end.
- `governance` (not core): "Each party appoints a contact person", contact persons who "meet twice a year".
- precision (not core): "Outside the Support Window" is no exclusion; the customer reporting a fault by phone or through
  the portal is no performance report; warranty claims processed for the customer, or a maker's warranty repair, are no
  warranty of the services.
An element is present when its rule is met or weak."""

import pytest

from survey_harness import assert_found, framed, params
from test_w30_survey import DRAFTERS

CASES = [
    # --- termination.notice: the notice told as an anticipation or antecedence, civil-law verbs of ending at will
    ("TERM-CONVENIENCE", "de_translated", "§ 14 Duration\nEach party may terminate this contract at any time, with an "
     "anticipation of sixty (60) days, by registered letter.\n", True),
    ("TERM-CONVENIENCE", "in_provider", "14. Termination\nThe Company may resile from this Agreement without any penalty "
     "by written notice to the Service Provider with an anticipation of 45 (forty-five) days.\n", True),
    ("TERM-CONVENIENCE", "de_translated", "§ 14 Termination\nThe Client may denounce this contract by written "
     "communication sent with an antecedence of at least 30 days.\n", True),
    ("TERM-CONVENIENCE", "uk_fm", "14. Ending the contract\nThe Customer may resile from this Contract on three months' "
     "written notice.\n", True),
    ("TERM-CONVENIENCE", "au_retail", "14. Termination\nEither party may denounce this Agreement by giving the other "
     "ninety days' written notice.\n", True),
    # ... a public body's exit when it finds the end in its interest
    ("TERM-CONVENIENCE", "us_county", "14. Termination\nThe County may terminate this Agreement, in whole or in part, "
     "whenever the County Administrator determines that termination is in the County's best interest, upon written "
     "notice to the Contractor.\n", True),
    ("TERM-CONVENIENCE", "us_county", "14. Termination\nIf the Board of Commissioners finds that ending this Agreement "
     "would be in the best interests of the County, the County may terminate it by written notice to the Contractor.\n",
     True),
    ("TERM-CONVENIENCE", "in_provider", "14. Termination\nThe Company may cancel this Agreement by written notice where "
     "it considers that cancellation is in the public interest.\n", True),
    # near misses: an end for cause, an interest that is a party's duty, a resiled offer, notice of an event to a party
    ("TERM-CONVENIENCE", "us_county", "14. Termination\nThe County may terminate this Agreement upon written notice if "
     "the Contractor acts against the best interests of the County.\n", False),
    ("TERM-CONVENIENCE", "us_county", "14. Conduct\nThe Contractor shall act in the best interests of the County at all "
     "times.\n", False),
    ("TERM-CONVENIENCE", "de_translated", "§ 14 Termination\nEither party may rescind this contract immediately if the "
     "other fails to remedy a breach within 15 days of a notification.\n", False),

    # --- sla.remedies: a sum for each started block of hours the fault runs on; a deduction for a late first contact
    ("SLA-REMEDIES", "de_translated", "§ 6 Penalty\nIf the time limit for a class A fault in § 5 is exceeded, the "
     "Contractor shall pay a penalty of EUR 400 for each started period of four hours until the fault is cleared.\n",
     True),
    ("SLA-REMEDIES", "uk_fm", "6. Service credits\nThe Supplier shall pay the Customer £250 for every complete period "
     "of two hours that a Priority 1 outage continues beyond its fix time.\n", True),
    ("SLA-REMEDIES", "in_provider", "6. Liquidated damages\nThe Service Provider shall pay liquidated damages of INR "
     "10,000 per block of six hours until the plant network is restored.\n", True),
    ("SLA-REMEDIES", "au_retail", "6. Rebates\nThe Contractor will rebate $200 for each further 4-hour period the "
     "point-of-sale system stays down after the restoration target.\n", True),
    ("SLA-REMEDIES", "in_provider", "6. Deductions\nFor each Severity 1 call whose first contact exceeds the time in "
     "clause 5, the Company may deduct 3% (three per cent) of the monthly support value from the next invoice.\n", True),
    ("SLA-REMEDIES", "de_translated", "§ 6 Deduction\nWhere the reaction to a fault report exceeds the maximum time, "
     "the Client may deduct 2% of the monthly remuneration from the following invoice.\n", True),
    # near misses: a late payment charge, hours of work billed in blocks
    ("SLA-REMEDIES", "uk_fm", "6. Late payment\nIf the Customer exceeds the time for payment, the Supplier may charge "
     "interest of 2% per month.\n", False),
    ("SLA-REMEDIES", "au_retail", "6. Extra work\nOn-site work outside the Services is charged at $150 for each "
     "started period of one hour.\n", False),

    # --- data.breach: leakage (and loss, damage) of personal information; 'secrecy' for confidentiality
    ("DATA-BREACH", "de_translated", "§ 9 Personal information\nShould leakage, loss or damage of personal information "
     "occur or be suspected, the Contractor shall report it to the Client without delay.\n", True),
    ("DATA-BREACH", "in_provider", "9. Incidents\nIn the event of any leakage, theft or loss of personal data held for "
     "the Company, the Service Provider shall inform the Company within 24 hours.\n", True),
    ("DATA-BREACH", "au_retail", "9. Data\nThe Contractor shall notify the Client promptly of any leak, loss or "
     "destruction of Client information.\n", True),
    ("DATA-BREACH", "uk_fm", "9. Incidents\nThe Supplier shall tell the Customer within 48 hours of any leakage or "
     "loss of customer records.\n", True),
    ("DATA-BREACH", "de_translated", "§ 9 Incidents\nAny event that compromises the secrecy, the integrity or the "
     "availability of personal data shall be communicated by the Contractor to the Client within 48 hours.\n", True),
    # near misses: a leak of water, a rule to prevent a leak
    ("DATA-BREACH", "uk_fm", "9. Plant rooms\nThe Supplier shall report any leakage, loss or damage of coolant in the "
     "server room to the Customer.\n", False),

    # --- sla.response: the time for the first contact
    ("SLA-RESPONSE", "de_translated", "§ 5 Fault classes\n| Class | Description | Maximum time for the first contact |\n"
     "|---|---|---|\n| A | production stopped | 2 hours |\n| B | limited use | 8 hours |\n", True),
    ("SLA-RESPONSE", "uk_fm", "5. Response\nThe time to first contact for a Priority 1 Incident is 30 minutes.\n",
     True),
    ("SLA-RESPONSE", "in_provider", "5. Service levels\n| Severity | Time until first contact by an engineer |\n"
     "|---|---|\n| 1 | 1 hour |\n| 2 | 4 hours |\n", True),
    # ... its figure repeated in words, as Brazilian or Spanish drafting writes it ('1 (one) working hour')
    ("SLA-RESPONSE", "de_translated", "§ 5 Fault classes\n| Level | Situation | Maximum time for the first contact |\n"
     "|---|---|---|\n| Critical | invoicing stopped | 1 (one) working hour |\n| Normal | questions | 2 (two) working "
     "days |\n", True),
    ("SLA-RESPONSE", "in_provider", "5. Response\nThe Service Provider shall respond to each Severity 1 call within 2 "
     "(two) hours of its logging.\n", True),
    ("SLA-RESPONSE", "us_county", "5. Response\n| Priority | Response time |\n|---|---|\n| Urgent | 30 (thirty) minutes |"
     "\n| Routine | 8 (eight) business hours |\n", True),
    # ... the first touch as acting on the fault: vague, first in line, or in a time
    ("SLA-RESPONSE", "us_county", "5. Outages\nThe Contractor will act on network outages affecting the courts promptly and "
     "ahead of routine work.\n", True),
    ("SLA-RESPONSE", "uk_fm", "5. Alerts\nThe Supplier shall act on Priority 1 alerts without undue delay.\n", True),
    ("SLA-RESPONSE", "msp_plain", "3. Urgent problems\nWe act on urgent tickets straight away.\n", True),
    ("SLA-RESPONSE", "in_provider", "5. Critical incidents\nThe Service Provider shall act upon critical incident reports "
     "immediately.\n", True),
    ("SLA-RESPONSE", "au_retail", "5. Store faults\nThe Contractor shall act on any fault that stops trading within 30 "
     "minutes of its report.\n", True),
    # near miss: instructions acted on, no fault
    ("SLA-RESPONSE", "uk_fm", "5. Instructions\nThe Supplier shall act on the Customer's written instructions "
     "promptly.\n", False),
    # near miss: a first contact meeting of the project
    ("SLA-RESPONSE", "us_county", "5. Kick-off\nThe time for the first contact meeting between the project managers "
     "shall be agreed.\n", False),

    # --- scope.services: the civil-law clause that says what the contract is for, titled 'Object' in translation
    ("SCOPE-SERVICES", "de_translated_bare", "§ 1 Object\nThe Contractor renders corrective assistance to the Client's "
     "accounting platform, comprising the attendance of calls and the application of legal updates.\n", True),
    ("SCOPE-SERVICES", "in_provider_bare", "1. OBJECT OF THE AGREEMENT\nThe Service Provider attends to the Company's "
     "requests concerning its plant systems.\n", True),
    ("SCOPE-SERVICES", "au_retail_bare", "Clause 1 - Object\nThe Contractor looks after the Client's store tills and "
     "back-office computers.\n", True),
    ("SCOPE-SERVICES", "uk_fm_bare", "1. Object of the Contract\nThe Supplier attends to the Customer's office network "
     "and printers.\n", True),
    ("SCOPE-SERVICES", "us_county_bare", "Article 1 Object\nThe Contractor keeps the County's desktop fleet in working "
     "condition.\n", True),
    # near miss: an object of a sentence in a heading about something else
    ("SCOPE-SERVICES", "uk_fm_bare", "1. Objections to invoices\nThe Customer may dispute an invoice within 30 days.\n",
     False),

    # --- sla.resolution: a depot repair with its time; a fix or way around as fast as the case allows; a translation's
    # duty to give itself to the restoration
    ("SLA-RESOLUTION", "us_county", "6. Depot repairs\nEach laptop brought in for repair will be repaired, or replaced "
     "with a working unit, and returned to the employee's department within three business days of collection.\n", True),
    ("SLA-RESOLUTION", "au_retail", "6. Handsets\nA handset sent in for repair shall be fixed or exchanged for a spare "
     "unit and couriered back to the store within 5 working days.\n", True),
    ("SLA-RESOLUTION", "msp_plain", "4. Fixing things\nOnce we have picked up an urgent problem we will deliver a fix, or a "
     "way around it that keeps you working, as fast as the circumstances reasonably allow.\n", True),
    ("SLA-RESOLUTION", "us_county", "6. Defects\nThe Contractor shall supply a solution to each Severity 1 defect, or a "
     "workaround acceptable to the County, as quickly as the situation reasonably permits.\n", True),
    ("SLA-RESOLUTION", "in_provider", "6. Restoration\nOn a critical incident the Service Provider shall devote itself to "
     "the restoration of the service with the diligence the incident requires.\n", True),
    ("SLA-RESOLUTION", "de_translated", "§ 6 Faults\nFrom the first contact, the Contractor shall dedicate itself to the "
     "normalisation of the operation with all diligence, keeping a technician on each critical fault.\n", True),
    # near misses: goods swapped under a sales warranty, a customer paying for a repair, a project solution
    ("SLA-RESOLUTION", "uk_fm", "6. Payment\nThe Customer shall pay for a repair as soon as possible after the invoice "
     "is received.\n", False),
    ("SLA-RESOLUTION", "us_county", "6. Design\nThe Contractor shall propose a design solution for the new annex as "
     "soon as possible.\n", False),

    # --- escalation: a call 'not normalised' in time, taken over by someone above (a translation's 'normalizado')
    ("SLA-ESCALATION", "de_translated", "§ 7 Routing\nAn incident not normalised within 4 hours shall be taken over by the "
     "Contractor's Support Manager.\n", True),
    ("SLA-ESCALATION", "in_provider", "7. Unresolved calls\nWhere the service is not normalised within 6 hours, the matter "
     "shall be taken up with the Service Provider's Delivery Head.\n", True),
    ("SLA-ESCALATION", "au_retail", "7. Stalled faults\nIf a fault has not been normalized within one business day, the "
     "Contractor's Operations Director shall take charge of it.\n", True),
    ("SLA-ESCALATION", "us_county", "7. Outages\nAny outage not normalized within 8 hours shall be referred to the "
     "Contractor's Vice President of Operations.\n", True),
    ("SLA-ESCALATION", "uk_fm", "7. Service failures\nA Priority 1 Incident not normalised within two hours will be taken "
     "over by the Supplier's Service Delivery Manager.\n", True),
    # near miss: a reading normalised by a meter, no one above
    ("SLA-ESCALATION", "de_translated", "§ 7 Readings\nSensor values are normalised within 4 hours by the data "
     "platform.\n", False),

    # --- backup: copies kept so that the data can be got back, or far from the main site
    ("CONT-BACKUP", "uk_fm", "7. Recovery of data\nThe Supplier will keep copies of the Customer's data, far enough away "
     "from the primary hosting site, that bookings can be recovered after the loss of that site.\n", True),
    ("CONT-BACKUP", "msp_plain", "6. Your files\nWe keep copies of your files so that they can be recovered if your PC "
     "dies.\n", True),
    ("CONT-BACKUP", "us_county", "7. Data\nThe Contractor shall maintain copies of the County's databases such that they "
     "may be restored following a disaster.\n", True),
    ("CONT-BACKUP", "in_provider", "7. Data\nThe Service Provider shall take copies of the plant databases in such a way "
     "that the production records can be rebuilt after a loss.\n", True),
    ("CONT-BACKUP", "au_retail", "7. Data\nThe Contractor shall keep copies of the store data away from the main "
     "premises.\n", True),
    # near misses: copies of a contract kept, copies handed back at the end
    ("CONT-BACKUP", "uk_fm", "7. Records\nEach party shall keep copies of the signed contract so that its terms can be "
     "checked.\n", False),

    # --- backup: a backup person of a care or school service
    ("CONT-BACKUP", "us_county", "7. Scheduling tool\nThe app includes a backup-caregiver scheduler that proposes a "
     "substitute aide when a visit is cancelled.\n", False),
    ("CONT-BACKUP", "uk_fm", "7. Cover\nThe rota names a backup nurse for each ward round.\n", False),
    ("CONT-BACKUP", "us_county", "7. Substitutes\nThe district keeps a list of backup teachers for the computer "
     "labs.\n", False),

    # --- liability.cap: compensation for damage capped at the fees paid before it
    ("LIAB-CAP", "de_translated", "§ 15 Compensation for damage\nThe total amount of compensation borne by the "
     "Contractor shall not exceed the total of the fees paid by the Client in the three months preceding the month in "
     "which the damage arose.\n", True),
    ("LIAB-CAP", "au_retail", "15. Damage\nIf either party causes damage to the other, it shall compensate the direct "
     "damage.\n\n16. Amount\nThe total amount of compensation borne by the Contractor under clause 15 shall not exceed the "
     "total of the fees paid by the Client in the three months preceding the month in which the damage arose.\n", True),
    ("LIAB-CAP", "in_provider", "15. Damages\nAny amount payable by the Service Provider on account of losses shall "
     "not exceed the fees paid by the Company during the twelve (12) months preceding the claim.\n", True),
    ("LIAB-CAP", "uk_fm", "15. Compensation\nThe compensation the Supplier must pay for any one event shall not exceed "
     "the charges paid in the six months before the event.\n", True),
    # near misses: a price increase cap, a spending ceiling
    ("LIAB-CAP", "uk_fm", "15. Price review\nThe charges for a renewal term shall not exceed the charges paid in the "
     "twelve months preceding the renewal by more than 3%.\n", False),
    ("LIAB-CAP", "us_county", "15. Compensation\nThe total compensation payable to the Contractor under this Agreement "
     "shall not exceed $260,000.\n", False),

    # --- term: the agreement valid or in force for a period (civil-law drafting in translation)
    ("GEN-TERM", "de_translated", "§ 13 Validity\nThis contract shall be valid for 24 (twenty-four) months from its "
     "signature.\n", True),
    ("GEN-TERM", "in_provider", "13. Duration\nThis Agreement shall remain valid for a period of three (3) years.\n", True),
    ("GEN-TERM", "au_retail", "13. Period\nThe term of validity of this Agreement is one year from 1 July 2025.\n", True),
    ("GEN-TERM", "uk_fm", "13. Duration\nThis Contract will be in force for 12 months from the start of the Services.\n",
     True),
    ("GEN-TERM", "us_county", "13. Period\nThis Agreement is effective for two years from the date the County signs it.\n",
     True),
    # near misses: a quotation or a warranty valid for a time
    ("GEN-TERM", "uk_fm", "13. Quotes\nEach quotation the Supplier gives is valid for 30 days.\n", False),

    # --- scope.exclusions: what is left out, said first and listed after a colon
    ("SCOPE-EXCLUSIONS", "de_translated", "§ 2 Limits\nNot included are: the production machines, the power supply and "
     "the Client's office PCs.\n", True),
    ("SCOPE-EXCLUSIONS", "uk_fm", "2.3 Not covered are: lifts, door entry systems and the café tills.\n", True),
    ("SCOPE-EXCLUSIONS", "in_provider", "2. Limits\nNot included in the services are: plant PLC programming and SAP "
     "configuration.\n", True),
    ("SCOPE-EXCLUSIONS", "au_retail", "2. Limits\nExcluded from the services are: the EFTPOS terminals owned by the "
     "bank.\n", True),
    ("SCOPE-EXCLUSIONS", "us_county", "2. Limits\nNot included is: the Sheriff's radio network.\n", True),

    # --- renewal: the term prolonged
    ("GEN-RENEWAL", "de_translated", "§ 13 Term\nThe contract shall be prolonged by one further year at a time unless a "
     "party gives notice three months before its end.\n", True),
    ("GEN-RENEWAL", "in_provider", "13. Term\nThe Parties may agree in writing to prolong this Agreement for a further "
     "period of two years.\n", True),
    ("GEN-RENEWAL", "au_retail", "13. Term\nThe Agreement will be automatically prolonged for successive periods of 12 "
     "months.\n", True),
    ("GEN-RENEWAL", "uk_fm", "13. Term\nThe Customer may prolong the Contract for an additional year by notice before "
     "its expiry.\n", True),
    # near miss: a fix time prolonged, not the term
    ("GEN-RENEWAL", "uk_fm", "13. Waiting\nTime the Supplier waits for access prolongs the fix time.\n", False),
    ("GEN-RENEWAL", "us_county", "13. Publicity\nThe athlete endorses Prolong at no additional costs during the term of "
     "this agreement.\n", False),

    # --- staff: a subcontract as 're-entrustment'
    ("GOV-STAFF", "de_translated", "§ 14 Re-entrustment\nThe Contractor may re-entrust part of the work to a third party "
     "only with the Client's prior written consent.\n", True),
    ("GOV-STAFF", "in_provider", "14. Re-entrustment\nThe Service Provider shall not reentrust any of the Services without "
     "the Company's approval.\n", True),
    ("GOV-STAFF", "au_retail", "14. Others\nWhere the Contractor re-entrusts work, it remains responsible for the "
     "re-entrusted party.\n", True),
    # near miss: the work entrusted to the provider itself
    ("GOV-STAFF", "de_translated", "§ 14 Work\nThe Client entrusts the operation of its servers to the Contractor.\n",
     False),

    # --- data.return: data 'eliminated' at the end
    ("DATA-RETURN", "de_translated", "§ 15 End\nAfter the handover the Contractor shall eliminate from its environments "
     "the copies of the Client's databases and deliver a declaration of elimination.\n", True),
    ("DATA-RETURN", "in_provider", "15. Exit\nThe Service Provider shall eliminate all copies of the Company's data from "
     "its servers within 30 days of termination.\n", True),
    ("DATA-RETURN", "au_retail", "15. Exit\nOn termination the Contractor shall eliminate the Client's personal data it "
     "holds.\n", True),
    # near miss: a fault eliminated in a database
    ("DATA-RETURN", "uk_fm", "15. Faults\nThe Supplier shall eliminate the fault in the booking database.\n", False),

    # --- indemnity, extras, signatures, customer duties in the words of translations (not core)
    ("LIAB-INDEMNITY", "de_translated", "§ 12 Labour claims\nThe Contractor shall keep the Client free and harmless of any "
     "labour claim filed by its staff.\n", True),
    ("LIAB-INDEMNITY", "in_provider", "12. Claims\nThe Service Provider shall hold the Company harmless and free of any "
     "claim brought by its subcontractors.\n", True),
    ("LIAB-INDEMNITY", "au_retail", "12. Claims\nThe Contractor shall keep the Client unharmed against all claims of third "
     "parties arising from its work.\n", True),
    ("LIAB-INDEMNITY", "uk_fm", "12. Site\nThe Supplier shall keep the plant room free and clean of any packaging.\n", False),
    ("COMM-EXTRAS", "de_translated", "§ 9 Extra work\nServices outside § 1 shall be remunerated at R$ 240,00 per "
     "technician-hour.\n", True),
    ("COMM-EXTRAS", "in_provider", "9. Extra work\nRequests beyond the Services are remunerated at INR 2,500 per man-day.\n",
     True),
    ("COMM-EXTRAS", "us_county", "9. Damage\nRepairs of dropped laptops are not covered; the Contractor will quote "
     "separately for them.\n", True),
    ("COMM-EXTRAS", "msp_plain", "9. Other work\nWe can quote for other work separately but are not obliged to do "
     "so.\n", False),
    ("GEN-SIGNATURES", "de_translated", "§ 20 Execution\nIn witness of this agreement, two originals are made, each party "
     "affixes its name and seal, and each retains one.\n", True),
    ("GEN-SIGNATURES", "in_provider", "20. Execution\nFor the Company: Managing Director (seal)\nFor the Service Provider: "
     "Director (seal)\n", True),
    ("GEN-SIGNATURES", "uk_fm", "20. Racks\nThe Supplier shall affix tamper-evident seals to the server racks.\n", False),
    ("GOV-CUSTOMER-OBLIGATIONS", "de_translated", "§ 10 Client duties\nIt is incumbent on the Client to: (a) keep remote "
     "access to its server open; (b) name its key users.\n", True),
    ("GOV-CUSTOMER-OBLIGATIONS", "in_provider", "10. Company duties\nIt shall be incumbent upon the Company to give the "
     "engineers access to the plant.\n", True),
    ("GOV-CUSTOMER-OBLIGATIONS", "uk_fm_bare", "10. Supplier duties\nIt is incumbent on the Supplier to keep its staff "
     "trained.\n", False),

    # --- governance in the present tense, meetings a number of times a year (not core)
    ("GOV-GOVERNANCE", "de_translated_bare", "§ 8 Contact\nEach party appoints a contact person who follows up the "
     "contract.\n", True),
    ("GOV-GOVERNANCE", "de_translated_bare", "§ 8 Contact\nThe parties' contact persons meet at the Client's plant twice a "
     "year.\n", True),
    ("GOV-GOVERNANCE", "uk_fm_bare", "8. Reviews\nThe two service leads will meet four times a year to go through the "
     "Incidents.\n", True),
    ("GOV-GOVERNANCE", "in_provider_bare", "8. Coordination\nEach Party nominates a coordinator for the works.\n", True),
    ("GOV-GOVERNANCE", "au_retail_bare", "8. Contact\nThe Contractor designates an account representative for the "
     "Client.\n", True),
    # near miss: a subcontractor appointed, no contact
    ("GOV-GOVERNANCE", "uk_fm_bare", "8. Others\nThe Supplier appoints a subcontractor only with consent.\n", False),

    # --- precision: a time outside the support window is no exclusion; a fault reported through a channel is no
    # performance report; warranty claims handled as a service, or a maker's warranty repair, are no warranty
    ("SCOPE-EXCLUSIONS", "uk_fm", "3. Out of hours\nOutside the Support Window, Priority 1 Incidents may still be raised by "
     "telephone and will be taken up by the on-call engineer.\n", False),
    ("SCOPE-EXCLUSIONS", "msp_plain", "3. Evenings\nOutside business hours you can leave a message and we will call back "
     "the next morning.\n", False),
    ("SCOPE-EXCLUSIONS", "au_retail", "3. After hours\nWork requested outside the support hours is not included in the "
     "monthly fee.\n", True),
    ("SCOPE-EXCLUSIONS", "us_county", "3. Limits\nHardware repairs are outside the scope of the Services.\n", True),
    ("SLA-REPORTING", "de_translated", "§ 3 Fault reports\nThe Client reports faults by telephone to the Contractor's duty "
     "number, or by e-mail for matters that are not urgent.\n", False),
    ("SLA-REPORTING", "uk_fm", "3. Logging\nThe Customer reports incidents through the service portal.\n", False),
    ("SLA-REPORTING", "in_provider", "3. Logging\nPlant staff report problems to the Service Provider's help desk.\n", False),
    ("SLA-REPORTING", "uk_fm", "8. Reports\nThe Supplier shall send the Customer a monthly report on incidents and "
     "response times achieved.\n", True),
    ("COMM-WARRANTY", "us_county", "3. Devices\nThe Contractor shall process manufacturer warranty claims on the County's "
     "behalf and keep the County's warranty records current.\n", False),
    ("COMM-WARRANTY", "au_retail", "3. Devices\nWhere the manufacturer performs a warranty repair, the store receives a "
     "loan unit.\n", False),
    ("COMM-WARRANTY", "msp_plain", "3. Repairs\nWe log warranty repairs with the maker for you.\n", False),
    ("COMM-WARRANTY", "us_county", "8. Reports\nThe monthly report shows devices repaired, warranty claims filed and "
     "tickets closed.\n", False),
    ("COMM-WARRANTY", "au_retail", "9. Parts\nParts not covered by the manufacturer's warranty are billed at cost.\n",
     False),
    ("COMM-WARRANTY", "in_provider", "3. Disks\nThe Service Provider will handle warranty returns of failed disks with the "
     "vendor.\n", False),
    ("COMM-WARRANTY", "uk_fm", "10. Warranty\nThe Supplier warrants that the Services will be performed with reasonable "
     "skill and care for ninety days after each visit.\n", True),
]

STILL_WRONG: dict = {
    # the pattern names the customer by its role words; an alias ('the Company') is read by the party layer only where a
    # modal verb binds it, and 'it is incumbent upon' is none
    "10. Company duties\nIt shall be incumbent upon the Company to": "the customer by its alias, no modal verb",
}


@pytest.mark.parametrize("rule, drafter, body, present", params(
    CASES, ids=lambda case, i: f"{case[0]}-{case[1]}-{i}", still_wrong=lambda case: STILL_WRONG.get(case[2][:60])))
def test_w34_wordings(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, framed(DRAFTERS, drafter, body), present)
