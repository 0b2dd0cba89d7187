"""Wordings the w33 fix source showed uncovered (issue 9, session 20), as six drafters who never saw it would put them:
a US county, a UK facilities firm, an Indian service provider, an Australian retailer, a Polish or German contract in
translation and a plain-English small MSP.

Each clause was written for this survey, in words of our own, and labelled by ELEMENTS.md as a careful lawyer would.
- `sla.remedies`: a sum owed for each hour by which a time is exceeded ("for each full hour by which the reaction time is
  exceeded, a contractual penalty of ..."); an hour by which usage exceeds an allowance is a charge, no remedy.
- `termination.cause`: an exit when a violation of the other's obligations is not remedied within a period, as civil-law
  contracts in translation name a breach; a duty to remedy a violation, no exit, is none.
- `liability.cap`: not liable for any sum beyond a figure; a public body's statutory immunity kept is no cap.
- `backup`: spare devices lent while one is repaired are no data backup.
- `sla.response`: a person at work on the request within a time, as a table's column heads it.
- `sla.resolution`: the system brought back into working order, or restored in the shortest time feasible.
- `scope.hours`: a definition that only points to a schedule states no hours; "weekdays, roughly 8 till 5" does.
- `termination.notice`: an exit at will in a letter's words ("let the other know with a bit of warning and we'll call it quits").
- `backup`: an automatic copy of a computer kept on a drive or in the cloud.
- `liability.cap`: "can't be on the hook for lost data", a letter's exclusion of lost data and sales.
- `scope.services`: the services named only by how, where or at whose risk they are done ("with its own organisation of
  means and at its own risk", "remotely from its offices") describe none.
- `data.protection`: a US state's statute on the data its public bodies hold ("Government Data Practices Act",
  "Information Practices Act"), named by its title; a public records act is none.
- `renewal`: the term "prolonged" by a further period, as an extension.
- `governing_law`: the law named by its civil code ("Matters not regulated shall be governed by the Polish Civil Code"); one
  article of a code cited is none.
An element is present when its rule is met or weak."""

import pytest

from survey_harness import assert_found, framed, params

DRAFTERS = {
    "us_county": ('INFORMATION TECHNOLOGY SERVICES AGREEMENT\n\nThis Agreement is between Marlow County, a political '
                  'subdivision (the "County"), and Tallgrass Systems LLC (the "Contractor").\n\n1. Services\nThe '
                  'Contractor shall maintain the County\'s desktop computers, printers and network switches.\n\n',
                  '\n20. Governing Law\nThis Agreement is governed by the laws of the State of Iowa.\n'),
    "uk_fm": ('MANAGED IT SERVICES CONTRACT\n\nThis Contract is made between Hollins Estates Limited (the "Customer") '
              'and Greywater IT Limited (the "Supplier").\n\n1. Services\nThe Supplier shall provide service desk, '
              'desktop and network support for the Customer\'s offices.\n\n',
              '\n21. Governing Law\nThis Contract is governed by the law of England and Wales.\n'),
    "in_provider": ('IT INFRASTRUCTURE SUPPORT AGREEMENT\n\nThis Agreement is entered into between Konkan Spinning Mills '
                    'Private Limited (the "Company") and Sarthak Infotech Private Limited (the "Service Provider").\n\n'
                    '1. Scope of Work\nThe Service Provider shall support the Company\'s servers, desktops and LAN at '
                    'its plants.\n\n',
                    '\n19. Governing Law\nThis Agreement shall be governed by the laws of India.\n'),
    "au_retail": ('STORE TECHNOLOGY SUPPORT AGREEMENT\n\nThis Agreement is between Saltbush Outfitters Pty Ltd (the '
                  '"Client") and Ironbark Technology Pty Ltd (the "Contractor").\n\n1. Services\nThe Contractor shall '
                  'support the point-of-sale terminals, back-office PCs and store networks of the Client.\n\n',
                  '\n18. Governing Law\nThis Agreement is governed by the laws of Victoria.\n'),
    "pl_translated": ('AGREEMENT No. 7/IT/2025\n\nconcluded between Lubuskie Chłodnie sp. z o.o. (the '
                      '"Ordering Party") and Warta Serwis S.A. (the "Contractor")\n\n§ 1 Subject of the Agreement\nThe '
                      'Contractor undertakes the upkeep of the Ordering Party\'s servers and workstations.\n\n',
                      '\n§ 20 Final Provisions\nMatters not regulated are governed by the Polish Civil Code.\n'),
    "msp_plain": ('IT SUPPORT TERMS\n\nThese terms are between Kestrel Vets (you) and Quick Fix IT (we, us).\n\n'
                  '1. What we do\nWe look after your PCs, your server and your Wi-Fi.\n\n',
                  '\n12. Law\nThese terms are governed by the law of Scotland.\n'),
}

# a contract in translation whose law is named nowhere else: the frame for a governing-law survey
DRAFTERS["pl_bare_law"] = (DRAFTERS["pl_translated"][0], "\n")

# the same drafters with no services clause of their own: the frame for a scope survey
for _name, (_opening, _closing) in list(DRAFTERS.items()):
    DRAFTERS[_name + "_bare"] = (_opening[:_opening.rindex("\n\n", 0, len(_opening) - 2) + 2], _closing)

CASES = [
    # --- scope.services: the services named only by how, where or at whose risk they are done describe none
    ("SCOPE-SERVICES", "pl_translated_bare", "§ 3 Manner of performance\nThe Contractor shall perform the services with its "
     "own organisation of means and at its own risk.\n", False),
    ("SCOPE-SERVICES", "us_county_bare", "3. Performance\nThe Contractor shall perform the services remotely from its "
     "facilities in Ohio.\n", False),
    ("SCOPE-SERVICES", "uk_fm_bare", "3. Place of performance\nThe Supplier shall deliver the services from its offices in "
     "Leeds.\n", False),
    ("SCOPE-SERVICES", "in_provider_bare", "3. Cost\nThe Service Provider shall render the services at its own cost and "
     "risk.\n", False),
    ("SCOPE-SERVICES", "au_retail_bare", "3. Services\nThe Contractor shall provide remote support services for the "
     "Client's point-of-sale terminals and store networks.\n", True),
    # --- sla.remedies: a sum for each hour by which a time is exceeded
    ("SLA-REMEDIES", "pl_translated", "§ 3 Penalties\n1. For each full hour by which the period for removing a Stoppage is "
     "exceeded, the Contractor shall pay the Ordering Party a contractual penalty of 1% of the monthly remuneration.\n", True),
    ("SLA-REMEDIES", "uk_fm", "6. Fix Times\nFor every hour, or part of an hour, by which the Supplier overruns the Fix Time, "
     "it shall pay the Customer GBP 50.\n", True),
    ("SLA-REMEDIES", "au_retail", "6. Fix times\nFor each hour by which the Contractor exceeds the restoration time it shall "
     "pay the Client AUD 120.\n", True),
    ("SLA-REMEDIES", "in_provider", "7. Penalties\nThe Service Provider shall pay INR 2,000 per hour by which the resolution "
     "time of a Severity 1 call is exceeded.\n", True),
    # near misses: an hour beyond an allowance or a visit's length is a charge
    ("SLA-REMEDIES", "uk_fm", "6. Extra support\nThe Customer shall pay GBP 95 for each hour by which its usage exceeds the "
     "included support hours.\n", False),
    ("SLA-REMEDIES", "us_county", "6. Overtime\nFor each hour by which an engineer's visit exceeds four hours, the County "
     "shall pay the overtime rate.\n", False),
    # --- termination.cause: a violation not remedied within a period
    ("TERM-CAUSE", "pl_translated", "§ 11 Withdrawal\n4. The Ordering Party may withdraw from the Agreement with immediate "
     "effect if the Contractor, after a written demand, does not remedy a gross violation of its obligations within 14 days.\n",
     True),
    ("TERM-CAUSE", "us_county", "9. Termination\nThe County may terminate this Agreement if the Contractor does not cure any "
     "violation of this Agreement within ten (10) days after written notice.\n", True),
    ("TERM-CAUSE", "msp_plain", "9. Ending things\nWe can end this agreement if you don't fix a serious violation of these "
     "terms within a week of us telling you.\n", True),
    ("TERM-CAUSE", "in_provider", "15. Cancellation\nThe Company may cancel this Agreement if the Service Provider does not "
     "rectify a material violation of its duties within 15 days of a notice.\n", True),
    # near miss: a violation to put right, no exit
    ("TERM-CAUSE", "uk_fm", "9. Security\nThe Supplier shall remedy any violation of the security policy within 5 days of "
     "its discovery.\n", False),
    # --- liability.cap: not liable for any sum beyond a figure
    ("LIAB-CAP", "in_provider", "16. Extent of Liability\nNeither party shall be liable to the other for any sum exceeding "
     "in aggregate the fees paid in the twelve months before the claim.\n", True),
    ("LIAB-CAP", "us_county", "14. Damages\nIn no case shall the Contractor be liable for any amount in excess of the fees "
     "paid by the County in the prior twelve months.\n", True),
    ("LIAB-CAP", "uk_fm", "14. Claims\nThe Supplier shall not be liable for any sum exceeding GBP 250,000 in aggregate.\n",
     True),
    ("LIAB-CAP", "au_retail", "14. Claims\nThe Contractor shall not be responsible to pay any amount greater than the annual "
     "charges.\n", True),
    ("LIAB-CAP", "msp_plain", "8. If things go wrong\nWe won't be liable for more than what you paid us in the last three "
     "months.\n", True),
    # near misses: a customer paying beyond a budget; a public body's immunity kept
    ("LIAB-CAP", "au_retail", "7. Budget\nThe Client shall be responsible for any amounts exceeding the approved budget.\n",
     False),
    ("LIAB-CAP", "us_county", "14. Immunity\nNothing in this Agreement waives any immunity or limitation of liability of the "
     "County under state law.\n", False),
    ("LIAB-CAP", "us_county", "14. Immunity\nThe County does not waive any governmental immunity or limits of liability "
     "provided by statute.\n", False),
    ("LIAB-CAP", "us_county", "14. Immunity\nNothing in this Contract shall be construed as a waiver of the State's "
     "sovereign immunity or of any limitation of liability under the Tort Claims Act.\n", False),
    # --- backup: spare devices are no data backup
    ("CONT-BACKUP", "pl_translated", "§ 2 Spares\nThe Contractor shall maintain a pool of backup Terminals of at least 5 "
     "units, lent while a damaged Terminal is under repair.\n", False),
    ("CONT-BACKUP", "in_provider", "5. Spares\nThe Service Provider shall maintain backup printers at each branch.\n", False),
    ("CONT-BACKUP", "uk_fm", "5. Spares\nThe Supplier shall hold a stock of backup handsets for loan to staff.\n", False),
    # ... and a real backup beside spares stays found
    ("CONT-BACKUP", "au_retail", "5. Spares and copies\nThe Contractor keeps backup laptops in stock. The Contractor shall "
     "back up the Client's file server daily and retain each copy for 30 days.\n", True),
    # --- sla.response: a person at work on the request within a time
    ("SLA-RESPONSE", "us_county", "4. Service Levels\nDuring business hours the Contractor commits to the following:\n\n"
     "| Class | A technician is working the request within | Fixed within |\n|---|---|---|\n| Critical | 20 minutes | 4 "
     "hours |\n| Routine | 4 hours | 5 days |\n", True),
    ("SLA-RESPONSE", "in_provider", "4. Support\nFor a Severity 1 call an engineer shall be actively working the ticket "
     "within 30 minutes.\n", True),
    ("SLA-RESPONSE", "msp_plain", "3. When something breaks\nWe'll have someone working on your problem within the hour.\n",
     True),
    ("SLA-RESPONSE", "au_retail", "4. Store faults\nFor a P1 fault a specialist will be working on the incident within 15 "
     "minutes.\n", True),
    ("SLA-RESPONSE", "uk_fm", "4. Service\nThe Supplier shall keep working on each Incident during Support Hours until it "
     "is resolved.\n", False),
    # --- sla.resolution: back into working order, or in the shortest time feasible
    ("SLA-RESOLUTION", "pl_translated", "§ 2 Performance\n4. The Contractor shall bring the System back into working order "
     "without undue delay, giving Stoppages priority over other work.\n", True),
    ("SLA-RESOLUTION", "pl_translated", "§ 2 Performance\nThe Contractor shall eliminate malfunctions of the software in the "
     "shortest possible time.\n", True),
    ("SLA-RESOLUTION", "uk_fm", "5. Faults\nThe Supplier shall restore the correct operation of the portal in the shortest "
     "time that is technically feasible.\n", True),
    ("SLA-RESOLUTION", "in_provider", "5. Incidents\nThe Service Provider shall resolve incidents in the shortest possible "
     "time.\n", True),
    ("SLA-RESOLUTION", "msp_plain", "4. Faults\nWe will get your tills back into working order as fast as we can after a "
     "fault.\n", True),
    ("SLA-RESOLUTION", "uk_fm", "5. Invoices\nThe Supplier shall correct any incorrect invoice in the shortest possible "
     "time.\n", False),
    # --- scope.hours: a definition that only points to a schedule states no hours; a span near enough does
    ("SCOPE-HOURS", "uk_fm", "2. Definitions\n\"Service Desk Hours\" means the hours set out in Schedule 2.\n", False),
    ("SCOPE-HOURS", "us_county", "2. Definitions\n\"Coverage Hours\" shall mean the hours specified in Exhibit B.\n", False),
    ("SCOPE-HOURS", "in_provider", "2. Definitions\n\"Service Window\" means the timings stated in Annexure 2.\n", False),
    ("SCOPE-HOURS", "au_retail", "2. Definitions\n\"Business Hours\" has the meaning given in the Service Schedule.\n", False),
    ("SCOPE-HOURS", "uk_fm", "2. Definitions\n\"Support Hours\" means 8:00 to 18:00 on Business Days, as further set out "
     "in Schedule 2.\n", True),
    ("SCOPE-HOURS", "msp_plain", "4. When we're about\nWeekdays, roughly 8 till 5. Sundays we're closed.\n", True),
    ("SCOPE-HOURS", "uk_fm", "4. Cover\nWeekdays, usually 9 to 5.30.\n", True),
    ("SCOPE-HOURS", "pl_translated", "§ 4 Service times\nWorking days, approximately 8.30 - 17.00.\n", True),
    ("SCOPE-HOURS", "us_county", "4. Coverage\nBusiness days, generally 8 to 6 Central.\n", True),
    # --- termination.notice: an exit at will in a letter's words
    ("TERM-CONVENIENCE", "msp_plain", "10. Ending\nIf either of us decides this isn't working, just let the other know with "
     "a bit of warning and we'll call it quits.\n", True),
    ("TERM-CONVENIENCE", "au_retail", "10. Ending\nIf it's not working out for you, give us some warning and we'll part "
     "ways.\n", True),
    ("TERM-CONVENIENCE", "uk_fm", "10. Ending\nEither of us can end this arrangement with a bit of notice.\n", True),
    ("TERM-CONVENIENCE", "us_county", "10. Ending\nEither side can walk away from this arrangement with fair warning.\n",
     True),
    # near misses: notice for a visit; an exit for not paying
    ("TERM-CONVENIENCE", "msp_plain", "5. Visits\nLet us know with a bit of warning if you need a site visit.\n", False),
    ("TERM-CONVENIENCE", "au_retail", "10. Ending\nIf the Client does not pay, the Contractor may end this arrangement with "
     "a bit of notice.\n", False),
    # --- backup: a machine copied whole, on its own, to a place apart
    ("CONT-BACKUP", "msp_plain", "7. Copies of your files\nWe'll set you up with an automatic copy of the office computer to "
     "an external drive plus the cloud.\n", True),
    ("CONT-BACKUP", "uk_fm", "7. Copies\nThe Supplier shall take a nightly copy of each desktop to off-site storage.\n",
     True),
    ("CONT-BACKUP", "us_county", "7. Copies\nThe Contractor will keep an automated copy of the County's laptops in cloud "
     "storage.\n", True),
    ("CONT-BACKUP", "au_retail", "7. Copies\nAn automatic copy of the accounts computer is made every night to a USB "
     "drive.\n", True),
    ("CONT-BACKUP", "in_provider", "7. Assets\nThe Service Provider shall supply a copy of the computer inventory each "
     "month.\n", False),
    ("CONT-BACKUP", "uk_fm", "7. Licences\nThe Customer shall keep a copy of each PC's licence key.\n", False),
    # --- liability.cap: not on the hook for lost data, in a letter's words
    ("LIAB-CAP", "msp_plain", "8. The fine print\nWe'll do our best, but we can't be on the hook for lost data or missed "
     "sales if something fails.\n", True),
    ("LIAB-CAP", "au_retail", "14. Losses\nThe Contractor won't be held responsible for lost profits or missed orders.\n",
     True),
    ("LIAB-CAP", "in_provider", "14. Losses\nThe Service Provider cannot be held liable for lost revenue.\n", True),
    ("LIAB-CAP", "msp_plain", "8. Deadlines\nWe're not on the hook for missed deadlines caused by your other suppliers.\n",
     False),
    # --- data.protection: a US state's statute on the data public bodies hold, named by its title
    ("DATA-PROTECTION", "us_county", "6. County Data\nThe Contractor acknowledges that County records are subject to the "
     "Minnesota Government Data Practices Act and that it must comply with that Act as if it were a government entity.\n",
     True),
    ("DATA-PROTECTION", "us_county", "6. Records\nThe Contractor shall handle records about individuals in accordance with "
     "the California Information Practices Act.\n", True),
    ("DATA-PROTECTION", "us_county", "6. Records\nThe Contractor shall comply with the Fair Information Practices Act when "
     "it handles records of the Commonwealth.\n", True),
    ("DATA-PROTECTION", "us_county", "6. Records\nThe County's records are subject to the Public Records Act and may be "
     "disclosed on request.\n", False),
    # --- renewal: the term prolonged, as a translation or a UK public body words an extension
    ("GEN-RENEWAL", "uk_fm", "3. Term\nThe Customer may prolong this Contract on up to two occasions, each time by a further "
     "twelve months, by written notice three months before it would end.\n", True),
    ("GEN-RENEWAL", "uk_fm", "3. Term\nThe Customer may prolong this Contract by a further period of up to 12 months.\n",
     True),
    ("GEN-RENEWAL", "pl_translated", "§ 11 Duration\nThe agreement will be prolonged tacitly for successive periods of one "
     "year.\n", True),
    ("GEN-RENEWAL", "in_provider", "3. Duration\nThe Company may prolong the term for an additional two years.\n", True),
    ("GEN-RENEWAL", "uk_fm", "5. Outages\nThe Supplier shall not prolong any outage by more than two hours.\n", False),
    # --- governing_law: the law named by its civil code, for the matters the contract leaves out (no law clause in the frame)
    ("GEN-GOVERNING-LAW", "pl_bare_law", "§ 12 Final Provisions\n1. Matters not regulated shall be governed by the Polish "
     "Civil Code.\n", True),
    ("GEN-GOVERNING-LAW", "pl_bare_law", "§ 12 Final Provisions\nIn all other respects the provisions of the German Civil "
     "Code (BGB) apply.\n", True),
    ("GEN-GOVERNING-LAW", "pl_bare_law", "§ 12 Final Provisions\nFor anything not provided for herein, the provisions of the "
     "Italian Civil Code shall apply.\n", True),
    ("GEN-GOVERNING-LAW", "pl_bare_law", "§ 12 Final Provisions\nThis contract is subject to the French Civil Code.\n", True),
    ("GEN-GOVERNING-LAW", "pl_bare_law", "§ 3 Performance\nThe Contractor performs the services in accordance with Article "
     "1655 of the Italian Civil Code.\n", False),
    ("GEN-GOVERNING-LAW", "pl_bare_law", "§ 9 Liability\nThe Contractor's liability is subject to Article 1229 of the Civil "
     "Code.\n", False),
]


@pytest.mark.parametrize("rule, drafter, body, present", params(CASES))
def test_w33_wordings(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, framed(DRAFTERS, drafter, body), present)
