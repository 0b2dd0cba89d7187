"""Backup, HIPAA, scope and pricing found only where they are (issue 9): a decoy-first survey by eight drafters not
used before (an Australian shire council, a Canadian physiotherapy clinic, a Texas law firm's MSP, a Singapore
outsourcer, a US pharmacy chain's cloud vendor, an English academy trust, a US colocation provider, a Dutch hosting
firm in translation), each clause written for it in words of my own and labelled by ELEMENTS.md.

Decoys are the element's words where the element is not: backup as the customer's duty or its environment described, a
backup product priced apart, "backup" of a person, a power supply, a line or a number, records and logs kept for audit,
a DR test the customer runs, backups named by an insurance, warranty or liability clause; HIPAA in a non-US contract's
list of laws, a health-care customer whose contract lays no PHI duty, "covered entity" defined and never used, a HIPAA
tier sold apart, HIPAA in a recital, an indemnity for the customer's own breach or a confidentiality exception; scope
words in a recital, an NDA's purpose, a warranty, an acceptable-use policy, a change-control or dispute clause, a
termination or assignment clause; pricing words in a service-credit clause, an expenses clause, "at no additional
charge", a liability cap measured by the fees, a tax clause, liquidated damages.

Against the rules before this survey, 33 of the first 93 were wrong (backup 10 of 24, data.hipaa 10 of 23,
scope.services 13 of 23, pricing 0 of 23); the second round (LATER), written after those were fixed, had 5 of 23 wrong
then (10 against the rules before): a battery string, a business associate status denied, a service-credit clause, an
indemnity's award and a refund the provider pays, each then fixed by its shape. Its last six pricing clauses are the
shapes of the fix sources' false finds (w10, w16, w17), in my words."""

import pytest

from survey_harness import assert_found, framed, params

FRAMES = {
    "au_council": ('MANAGED IT SERVICES CONTRACT\n\nThis Contract is made between Wattle Creek Shire Council ("the '
                   'Council") and Bluegum Technology Pty Ltd ("the Supplier").\n\n',
                   '\n\n30. Governing Law\nThis Contract is governed by the laws of New South Wales.\n'),
    "ca_clinic": ('IT SUPPORT AGREEMENT\n\nThis Agreement is between Lakeview Physiotherapy Clinic Inc. ("Clinic") and '
                  'Northshore Systems Ltd. ("Provider").\n\n',
                  '\n\n18. Governing Law\nThis Agreement is governed by the laws of the Province of Ontario.\n'),
    "tx_law": ('MANAGED SERVICES AGREEMENT\n\nThis Agreement is entered into between Pecan Valley IT Solutions, LLC '
               '("Provider") and Hollister & Vance, PLLC ("Firm").\n\n',
               '\n\n22. Governing Law\nThis Agreement is governed by the laws of the State of Texas.\n'),
    "sg_bpo": ('OUTSOURCING AGREEMENT\n\nThis Agreement is made between Merlion Digital Services Pte. Ltd. ("Vendor") and '
               'Straits Mutual Assurance Ltd. ("Company").\n\n',
               '\n\n26. Governing Law\nThis Agreement is governed by the laws of Singapore.\n'),
    "us_pharmacy": ('CLOUD SERVICES AGREEMENT\n\nThis Agreement is entered into between Cobaltline Cloud, Inc. '
                    '("Vendor") and Redwood Family Pharmacies, Inc. ("Customer"), which operates retail pharmacies and '
                    'walk-in health care clinics.\n\n',
                    '\n\n21. Governing Law\nThis Agreement is governed by the laws of the State of Oregon.\n'),
    "uk_school": ('IT SUPPORT CONTRACT\n\nThis Contract is made between Fernhill Academy Trust ("the Trust") and Kestrel '
                  'Education IT Limited ("the Contractor").\n\n',
                  '\n\n25. Law\nThis Contract is governed by the law of England and Wales.\n'),
    "us_colo": ('COLOCATION AND MANAGED HOSTING AGREEMENT\n\nThis Agreement is made between Granite Peak Data Centers, '
                'Inc. ("Provider") and Sunfield Medical Billing, LLC ("Customer").\n\n',
                '\n\n19. Governing Law\nThis Agreement is governed by the laws of the State of Colorado.\n'),
    "nl_host": ('AGREEMENT ON HOSTING SERVICES\n\nbetween Polderweb Hosting B.V., Delft (hereinafter "Supplier") and '
                'Van Dijk Transport B.V., Rotterdam (hereinafter "Client")\n\n',
                '\n\nArticle 14 Applicable law\nDutch law applies to this agreement.\n'),
}

BACKUP = [
    # decoys: backup as the customer's duty, or the customer's environment described
    ("au_council", "8. Council Responsibilities\nThe Council remains accountable for taking and checking copies of the "
     "data on its own file servers each night.\n", False),
    ("tx_law", "2. Current Environment\nThe Firm's environment consists of two Hyper-V hosts; the Firm presently takes "
     "nightly VM snapshots with a Veeam licence it owns.\n", False),
    ("uk_school", "Schedule 1 - The Trust's Current Set-up (for information)\nNightly backups to a NAS in the server "
     "room are run by the Trust's network manager.\n", False),
    # a backup product priced apart
    ("us_colo", "Schedule B - Price List\nRack space (per 1U): $45 per month\nRemote hands: $120 per hour\nManaged "
     "Backup (SKU MB-200), sold separately: $0.09 per GB per month\n", False),
    ("nl_host", "Article 6 Optional products\nThe Client may additionally order the product Backup Plus, which is "
     "governed by its own product conditions.\n", False),
    # backup of a person, a power supply, a line or a number
    ("us_colo", "5. Facility\nThe data center is supported by backup diesel generators holding fuel for 48 hours of "
     "operation.\n", False),
    ("sg_bpo", "9. Contacts\nEach party shall name a primary and a backup on-call contact for every site in Schedule "
     "4.\n", False),
    ("tx_law", "6. Escalation\nIf the on-call engineer does not answer within 15 minutes, the Firm may ring the backup "
     "number listed in the portal.\n", False),
    ("au_council", "7. Connectivity\nEach library branch shall have a 4G backup for its fibre service, switched in "
     "automatically when the fibre fails.\n", False),
    # records and logs kept for audit
    ("sg_bpo", "14. Records\nVendor shall keep copies of all invoices, time sheets and change records for six years in "
     "a separate archive and make them available to the Company's auditors.\n", False),
    # a DR test the customer runs
    ("uk_school", "9. Trust Exercises\nThe Trust runs its own disaster recovery rehearsal each summer, and the "
     "Contractor will send one engineer to observe it.\n", False),
    # backups named by another clause: insurance, warranty, liability, verb of proof
    ("tx_law", "15. Insurance\nProvider shall carry cyber insurance that covers, among other things, the cost of "
     "recovering data from backups after a ransomware attack.\n", False),
    ("nl_host", "Article 9 Warranty\nThe Supplier does not warrant that data can always be restored from backup media "
     "supplied by the Client.\n", False),
    ("ca_clinic", "14. Limitation of Liability\nProvider's liability for lost data is limited to the cost of reloading "
     "it from the latest available backup.\n", False),
    ("sg_bpo", "11. Invoicing\nEach invoice shall be backed up by time sheets signed by the Company's project "
     "manager.\n", False),
    ("us_pharmacy", "6. Recommendations\nCustomer is encouraged to subscribe to the Vault backup service listed in "
     "Vendor's product catalogue.\n", False),
    # present, measurable
    ("us_colo", "7. Managed Hosting\nProvider shall back up each managed server nightly and keep the last 30 nightly "
     "copies in its second data center.\n", True),
    ("nl_host", "Article 5 Data security\nThe Supplier makes a full copy of the Client's web shop database every 6 hours "
     "and keeps the copies for 14 days.\n", True),
    ("au_council", "9. Recovery\nIn a disaster, the Supplier shall have the Council's rating and payroll systems "
     "running at the secondary site within 24 hours.\n", True),
    ("tx_law", "5. Backup Monitoring\nProvider shall check every business day that the Firm's backup jobs completed and "
     "shall re-run any failed job within one business day.\n", True),
    ("sg_bpo", "10. Backups\nDaily incremental and weekly full backups of the policy administration system, retained "
     "for 90 days in a separate region.\n", True),
    ("us_pharmacy", "8. Recovery Objectives\nFor the prescription platform, Vendor commits to a recovery point "
     "objective of 15 minutes and a recovery time objective of 2 hours.\n", True),
    # present, vague
    ("uk_school", "6. Data\nThe Contractor shall make sure the Trust's data is backed up regularly.\n", True),
    ("ca_clinic", "7. Continuity\nProvider shall maintain a documented disaster recovery plan for the hosted charting "
     "system.\n", True),
]

HIPAA = [
    # decoys: HIPAA in a non-US contract's list of laws
    ("ca_clinic", "12. Compliance\nProvider shall comply with all privacy laws that may apply to it, such as PIPEDA, the "
     "GDPR and HIPAA.\n", False),
    ("sg_bpo", "13. Regulation\nVendor shall observe the PDPA, the MAS Outsourcing Guidelines and, for any United "
     "States data, HIPAA.\n", False),
    # a health-care customer whose contract lays no PHI duty
    ("us_pharmacy", "2. Services\nVendor shall host the Customer's staff rota application and its public store-locator "
     "web page.\n", False),
    ("us_colo", "3. Space\nProvider shall provide two racks, power and cooling, and Customer alone shall have access "
     "to the equipment in them.\n", False),
    # a covered entity defined and never used
    ("us_pharmacy", "1. Definitions\n\"Covered Entity\" has the meaning given in 45 C.F.R. 160.103.\n\"Business Day\" "
     "means a day other than a Saturday or Sunday.\n", False),
    # HIPAA sold apart, or a tier the customer did not buy
    ("us_colo", "6. Options\nA HIPAA-compliant hosting tier is available at an additional monthly charge under a "
     "separate order.\n", False),
    ("us_pharmacy", "9. Editions\nVendor signs a business associate agreement only with customers of its Healthcare "
     "Edition; Customer has ordered the Standard Edition.\n", False),
    # HIPAA in a recital
    ("us_colo", "BACKGROUND\nA. Provider hosts systems for health care organisations subject to HIPAA.\nB. Customer "
     "wishes to rent rack space.\n\nNOW, THEREFORE, the parties agree as follows:\n", False),
    # an indemnity for the customer's own breach, a confidentiality exception
    ("us_pharmacy", "14. Indemnity\nCustomer shall indemnify Vendor against third-party claims arising from Customer's "
     "own violation of HIPAA.\n", False),
    ("tx_law", "10. Confidentiality\nConfidential Information does not include information a party must disclose under "
     "HIPAA, a subpoena or a court order.\n", False),
    # who is a covered entity left to the customer; the provider's other business
    ("us_colo", "8. Regulatory Status\nWhether Customer is a covered entity is for Customer alone to determine.\n",
     False),
    ("us_pharmacy", "3. No Health Information\nThe Customer shall not place protected health information in the rota "
     "application, and Vendor has no access to the pharmacy dispensing system.\n", False),
    # (written as a decoy: a state's health-records statute named beside its privacy act, 'where applicable', as one
    # of the laws the supplier keeps, with HIPAA said not to apply, is no term for health data handled (rec6, session 20))
    ("au_council", "15. Privacy\nThe Supplier shall comply with the Privacy Act 1988 (Cth) and the Health Records and "
     "Information Privacy Act 2002 (NSW) where applicable; HIPAA does not apply.\n", False),
    ("tx_law", "12. Staff\nProvider's engineers have served hospital clients and are familiar with HIPAA.\n", False),
    ("us_colo", "9. Audits\nProvider's facility is audited each year against SOC 2 and HITRUST; copies of the reports "
     "are available to Customer on request.\n", False),
    # present
    ("us_colo", "10. ePHI\nAs Customer's business associate, Provider shall apply the safeguards of 45 C.F.R. Part 164, "
     "Subpart C to the ePHI on the servers it manages.\n", True),
    ("us_pharmacy", "11. BAA\nVendor shall sign Customer's BAA before go-live.\n", True),
    ("us_pharmacy", "11. Accounting\nVendor shall give Customer the information it needs for an accounting of "
     "disclosures of PHI within 15 days of a request.\n", True),
    ("us_pharmacy", "11. Subcontractors\nVendor shall ensure that every subcontractor that handles PHI agrees in writing "
     "to the same restrictions on PHI that bind Vendor.\n", True),
    ("us_colo", "10. Business Associate Addendum\nThe Business Associate Addendum attached as Schedule H forms part of "
     "this Agreement.\n", True),
    ("us_pharmacy", "11. Breach\nVendor shall notify Customer of any breach of unsecured PHI without unreasonable delay "
     "and no later than 10 days after discovery.\n", True),
    ("ca_clinic", "12. Health Information\nAs the Clinic's agent under PHIPA, Provider shall protect the personal health "
     "information of the Clinic's patients against theft, loss and unauthorized use.\n", True),
    ("us_colo", "10. Privacy\nProvider shall use and disclose Customer's protected health information solely to perform "
     "the Services.\n", True),
]

SCOPE = [
    # decoys: scope words in a recital, a purpose clause, a warranty, an acceptable-use policy ...
    ("au_council", "BACKGROUND\nA. The Supplier provides managed IT services and help desk support to local "
     "government.\nB. The Council wishes to appoint a supplier.\n\nNOW, THEREFORE, the parties agree as follows:\n",
     False),
    ("sg_bpo", "1. Purpose\nThe parties will exchange information to evaluate whether the Vendor could provide help desk "
     "and monitoring services to the Company.\n", False),
    ("tx_law", "9. Warranty\nProvider warrants that its support services will be performed by trained personnel in a "
     "workmanlike manner.\n", False),
    ("nl_host", "Article 4 Acceptable use\nThe Client shall not use the hosting services to run port scans against other "
     "networks or to send spam.\n", False),
    ("uk_school", "12. Change Control\nAny change to the scope of the services shall be agreed in writing through the "
     "change control procedure.\n", False),
    ("sg_bpo", "20. Disputes\nAny disagreement about the scope of work shall first be referred to the parties' "
     "project managers.\n", False),
    ("au_council", "18. Termination\nEither party may end the support services on 90 days' written notice.\n", False),
    ("us_colo", "17. Assignment\nProvider may assign the hosting services to an affiliate without Customer's "
     "consent.\n", False),
    ("tx_law", "11. Confidentiality\nInformation the Firm gives the help desk is Confidential Information.\n", False),
    ("ca_clinic", "14. Liability\nProvider is not liable for loss caused by the Clinic's failure to follow the advice "
     "of the help desk.\n", False),
    ("uk_school", "15. Non-solicitation\nThe Trust shall not hire any engineer who performed the maintenance services "
     "during the term or for 12 months after it.\n", False),
    ("sg_bpo", "12. Personal Data\nVendor shall process personal data only as far as needed to deliver the outsourced "
     "services.\n", False),
    ("nl_host", "Article 10 Liability\nThe Supplier's liability for its hosting services is limited to direct damage.\n",
     False),
    ("us_pharmacy", "4. Fees\nCustomer shall pay for the hosting services monthly in arrears.\n", False),
    ("tx_law", "18. Independent Contractor\nProvider performs the managed services as an independent contractor and "
     "not as the Firm's employee.\n", False),
    # present
    ("au_council", "2. Services\nThe Supplier shall provide a service desk for the Council's 300 staff and maintain its "
     "40 servers and the network at 12 sites.\n", True),
    ("ca_clinic", "2. What's covered\nProvider looks after the Clinic's eight workstations, its booking software and "
     "the office Wi-Fi.\n", True),
    ("tx_law", "2. Managed Services\nProvider shall monitor the Firm's servers around the clock, patch them monthly and "
     "manage the Firm's firewalls.\n", True),
    ("sg_bpo", "2. Scope of Services\nThe Vendor shall operate and support the Company's policy administration and "
     "claims systems.\n", True),
    ("us_colo", "2. Services\nProvider shall provide rack space, power, cooling and remote-hands support for Customer's "
     "equipment.\n", True),
    ("nl_host", "Article 2 Subject of the agreement\nThe Supplier hosts the Client's web shop on its servers and keeps "
     "the server software up to date.\n", True),
    ("uk_school", "2. The Services\nThe Contractor will support the Trust's classroom laptops, interactive screens and "
     "the MIS.\n", True),
    ("us_pharmacy", "2. Services\nVendor shall host and operate the Customer's e-prescription application in its "
     "cloud.\n", True),
]

PRICING = [
    # decoys: price words in a service-credit, expenses, "no additional charge", liability, tax, damages clause
    ("au_council", "11. Service Rebates\nWhere a service level is missed, the Council's next invoice shall be reduced by "
     "an amount equal to one day's charges.\n", False),
    ("tx_law", "8. Expenses\nThe Firm shall reimburse Provider's reasonable travel expenses approved by the Firm in "
     "advance.\n", False),
    ("nl_host", "Article 8 Replacement\nThe Supplier shall replace defective hardware at no additional charge.\n",
     False),
    ("us_colo", "14. Limitation of Liability\nNeither party's aggregate liability shall exceed an amount equal to the "
     "fees for the twelve months before the claim.\n", False),
    ("uk_school", "16. Liability\nThe Contractor's total liability in each contract year is limited to 125% of the "
     "charges paid or payable in that year.\n", False),
    ("sg_bpo", "19. Taxes\nEach party shall be responsible for its own income taxes.\n", False),
    ("au_council", "12. Delay\nIf the transition is late, the Supplier shall pay the Council liquidated damages of "
     "AUD 500 for each day of delay.\n", False),
    ("ca_clinic", "9. Warranty Repairs\nDuring the warranty period, repairs are carried out free of charge.\n", False),
    ("tx_law", "13. Costs\nEach party bears its own costs of negotiating this Agreement.\n", False),
    ("us_pharmacy", "16. Termination Assistance\nVendor shall provide reasonable exit assistance, the cost of which "
     "shall be agreed at the time.\n", False),
    ("sg_bpo", "15. Audit\nThe Company may audit the Vendor's invoices once a year; if an overcharge of more than 5% is "
     "found, the Vendor shall refund it with interest.\n", False),
    ("nl_host", "Article 11 Penalty\nIf the Supplier breaches the confidentiality clause it owes the Client a penalty "
     "of EUR 10,000 per breach.\n", False),
    ("uk_school", "10. Service Credits\nService credits are calculated at 2% of the monthly support charge for each "
     "hour beyond the fix target.\n", False),
    ("us_colo", "15. Insurance\nProvider shall pay the premiums for its own property insurance.\n", False),
    ("au_council", "13. Benchmarking\nThe Council may compare the Supplier's prices with the market once during the "
     "Term.\n", False),
    # present
    ("au_council", "10. Charges\nThe Council shall pay AUD 18,500 per month, invoiced monthly in arrears and payable "
     "within 30 days.\n", True),
    ("ca_clinic", "8. Price\nThe Clinic pays CAD 95 per workstation per month.\n", True),
    ("tx_law", "7. Fees\nProvider bills the Firm $165 an hour for project work, in quarter-hour increments.\n", True),
    ("sg_bpo", "16. Commercials\nThe Company shall pay the Vendor SGD 42 per processed claim, invoiced monthly.\n",
     True),
    ("us_colo", "12. Fees\nCustomer shall pay a one-time setup fee of $2,000 and $850 per rack per month.\n", True),
    ("nl_host", "Article 7 Remuneration\nThe Client pays a fixed fee of EUR 300 per month, payable in advance.\n", True),
    ("uk_school", "8. Payment\nThe Trust shall pay each undisputed invoice within 30 days of receipt.\n", True),
    ("us_pharmacy", "12. Subscription\nThe annual subscription is $36,000, billed annually in advance.\n", True),
]

# a second round, written after the first was fixed, to see whether the fixes were of the shape or of my wording
LATER = [
    ("backup", "sg_bpo", "14. Logs\nVendor shall retain security and access logs for 12 months and give them to the Company's "
     "auditors on request.\n", False),
    ("backup", "uk_school", "9. Trust Testing\nThe Trust shall test its disaster recovery plan each year, and the Contractor "
     "shall help at its standard daily rates.\n", False),
    ("backup", "au_council", "19. Governance\nEach party shall nominate a backup representative to attend the steering "
     "committee when its lead cannot.\n", False),
    ("backup", "us_colo", "5. Power\nEvery suite is fed by two utility feeds, backup battery strings and standby "
     "generators.\n", False),
    ("backup", "tx_law", "8. Disbursements\nAll expenses claimed shall be backed up with original receipts.\n", False),
    ("backup", "nl_host", "Article 5 Data security\nThe Supplier keeps three generations of backup copies of the Client's "
     "database at a second location.\n", True),
    ("backup", "ca_clinic", "7. Restore Tests\nProvider shall perform a full restore test of the charting server every "
     "quarter.\n", True),
    ("data.hipaa", "us_colo", "6. Compliance Add-on\nHIPAA compliance support is offered as an optional add-on for an "
     "additional fee.\n", False),
    ("data.hipaa", "us_pharmacy", "9. Status\nNothing in this Agreement makes Vendor a business associate of Customer.\n",
     False),
    ("data.hipaa", "sg_bpo", "13. Laws\nVendor shall observe the PDPA and, where a United States client is concerned, HIPAA "
     "and the GLBA.\n", False),
    ("data.hipaa", "us_pharmacy", "11. Access\nVendor shall make PHI in a designated record set available to Customer "
     "within 10 days so that Customer can meet 45 C.F.R. 164.524.\n", True),
    ("data.hipaa", "us_colo", "10. HIPAA\nProvider shall sign a BAA with Customer and comply with it.\n", True),
    ("scope.services", "us_pharmacy", "10. Service Credits\nService credits are the Customer's sole remedy for any failure "
     "of the hosting services.\n", False),
    ("scope.services", "nl_host", "Article 12 Termination\nOn termination the Supplier shall stop the hosting services and "
     "delete the Client's data.\n", False),
    ("scope.services", "sg_bpo", "21. Mediation\nA dispute about the help desk services shall go to mediation in "
     "Singapore.\n", False),
    ("scope.services", "tx_law", "16. Liability\nProvider's liability arising from the managed services is capped at the "
     "fees paid in the prior 12 months.\n", False),
    ("scope.services", "au_council", "2. Services\nThe Supplier will run the Council's service desk from 8am to 6pm and "
     "support its 600 users.\n", True),
    ("pricing", "tx_law", "14. Indemnity\nThe Firm shall pay any amounts finally awarded against Provider on such a "
     "claim.\n", False),
    ("pricing", "ca_clinic", "10. Training\nProvider shall train the Clinic's front-desk staff at no extra cost.\n", False),
    ("pricing", "us_pharmacy", "13. Refunds\nVendor shall pay Customer any refund due within 30 days of the end of the "
     "quarter.\n", False),
    ("pricing", "au_council", "14. Expenses\nThe Supplier's out-of-pocket expenses are payable only if the Council approves "
     "them in writing in advance.\n", False),
    ("pricing", "uk_school", "17. Survival\nThe Trust's payment obligations survive the end of this Contract.\n", False),
    ("pricing", "sg_bpo", "16. Fees\nThe Company shall pay the Vendor a monthly fee of SGD 9,000 within 30 days of "
     "invoice.\n", True),
    # the shapes of the fix sources' false finds, in my words: a price heading over a pointer to a price sheet named by its
    # title first, a rate only for work beyond the services (pricing.extras), a penalty or a cap measured by the fees
    ("pricing", "nl_host", "Article 7 Remuneration\n(1) The remuneration is laid down in the Tariff Sheet (Annex 3).\n(2) "
     "Work beyond the Service Description is remunerated separately by the hour.\n", False),
    ("pricing", "us_colo", "12. Compensation\n12.1 Customer shall compensate Provider as set out in the Rate Schedule, "
     "Exhibit D.\n", False),
    ("pricing", "uk_school", "8. Extra Work\nWork outside the scope of this Contract is charged at 60 pounds per hour of "
     "engineer time.\n", False),
    ("pricing", "nl_host", "Article 11 Penalties\nThe penalties under this Article are capped at 15 % of the annual "
     "remuneration.\n", False),
    ("pricing", "us_colo", "14. Cap\nThe Increased Cap Amount is three times the fees paid in the year before the "
     "claim.\n", False),
    ("pricing", "nl_host", "Article 7 Remuneration\nThe Client pays a monthly fee of EUR 4,000, as also set out in the Tariff "
     "Sheet (Annex 3).\n", True),
]

RULES = {"backup": "CONT-BACKUP", "data.hipaa": "DATA-HIPAA", "scope.services": "SCOPE-SERVICES",
         "pricing": "COMM-PRICING"}
CASES = [(element, i, *case) for element, cases in (("backup", BACKUP), ("data.hipaa", HIPAA),
                                                     ("scope.services", SCOPE), ("pricing", PRICING))
         for i, case in enumerate(cases)] + [(case[0], 100 + i, *case[1:]) for i, case in enumerate(LATER)]
# (element, index) -> why checker still gets it wrong
STILL_WRONG: dict[tuple[str, int], str] = {}


@pytest.mark.parametrize(("element", "index", "frame", "body", "present"), params(
    CASES, ids=lambda c, i: f"{c[0]}-{c[2]}-{c[1]}", still_wrong=lambda c: STILL_WRONG.get(c[:2])))
def test_found_only_where_it_is(tmp_path, rulebook, element, index, frame, body, present):
    assert_found(tmp_path, rulebook, RULES[element], framed(FRAMES, frame, body), present)
