"""Wordings the w30 fix source showed uncovered (issue 9, session 19), as six drafters who never saw it would put them:
a US county, a UK facilities firm, an Indian service provider, an Australian retailer, a German or Dutch contract in
translation and a plain-English small MSP.

Each clause was written for this survey, in words of our own, and labelled by ELEMENTS.md as a careful lawyer would.
- `sla.response`: the provider's first touch, the one it calls back named by the report it made ("the site that logged
  the fault", "the reporting office", "whoever reported it"); a call to a bidder or about an invoice is not.
- `data.hipaa`: a contract that says no health data will pass and no BAA was made holds no HIPAA term; a limit on the
  use of PHI does.
- `data.protection`: a personal-data statute named by its title, wherever it was passed.
- `data.breach`: the GDPR's German / Dutch / Polish term in translation ("a violation of the protection of personal data").
- `termination.notice`: an exit at will on notice of a reasonable length, however the length is said.
- `data.confidentiality`: a refusal to disclose with a time or a consent put between the modal and the verb.
- `pricing`: a rebate of the fees for a missed service level is no price.
An element is present when its rule is met or weak."""

import pytest

from survey_harness import assert_found, framed, params

DRAFTERS = {
    "us_county": ('INFORMATION TECHNOLOGY SERVICES AGREEMENT\n\nThis Agreement is between Harlan County, a political '
                  'subdivision (the "County"), and Ridgeway Systems LLC (the "Contractor").\n\n1. Services\nThe '
                  'Contractor shall maintain the County\'s desktop computers, printers and network switches.\n\n',
                  '\n20. Governing Law\nThis Agreement is governed by the laws of the State of Ohio.\n'),
    "uk_fm": ('MANAGED IT SERVICES CONTRACT\n\nThis Contract is made between Brackley Estates Limited (the "Customer") '
              'and Ferncastle IT Limited (the "Supplier").\n\n1. Services\nThe Supplier shall provide service desk, '
              'desktop and network support for the Customer\'s offices.\n\n',
              '\n21. Governing Law\nThis Contract is governed by the law of England and Wales.\n'),
    "in_provider": ('IT INFRASTRUCTURE SUPPORT AGREEMENT\n\nThis Agreement is entered into between Sahyadri Textiles '
                    'Private Limited (the "Company") and Navkar Infotech Private Limited (the "Service Provider").\n\n'
                    '1. Scope of Work\nThe Service Provider shall support the Company\'s servers, desktops and LAN at '
                    'its plants.\n\n',
                    '\n19. Governing Law\nThis Agreement shall be governed by the laws of India.\n'),
    "au_retail": ('STORE TECHNOLOGY SUPPORT AGREEMENT\n\nThis Agreement is between Coastline Outfitters Pty Ltd (the '
                  '"Client") and Bluegum Technology Pty Ltd (the "Contractor").\n\n1. Services\nThe Contractor shall '
                  'support the point-of-sale terminals, back-office PCs and store networks of the Client.\n\n',
                  '\n18. Governing Law\nThis Agreement is governed by the laws of New South Wales.\n'),
    "de_translated": ('CONTRACT FOR IT OPERATING SERVICES\n\nbetween Kessler Armaturen GmbH (the "Client") and Nordlicht '
                      'IT-Service GmbH (the "Contractor")\n\n§ 1 Subject of the contract\nThe Contractor operates and '
                      'maintains the Client\'s servers and workstations.\n\n',
                      '\n§ 20 Applicable law\nThe law of the Federal Republic of Germany applies.\n'),
    "msp_plain": ('IT SUPPORT TERMS\n\nThese terms are between Wrenfield Dental Care (you) and Tidy Bytes IT (we, us).\n\n'
                  '1. What we do\nWe look after your PCs, your server and your Wi-Fi.\n\n',
                  '\n12. Law\nThese terms are governed by the law of Scotland.\n'),
}

# the same drafters with no services clause of their own: the frame for a scope survey
for _name, (_opening, _closing) in list(DRAFTERS.items()):
    DRAFTERS[_name + "_bare"] = (_opening[:_opening.rindex("\n\n", 0, len(_opening) - 2) + 2], _closing)

CASES = [
    # --- sla.response: the one called back, named by the report it made
    ("SLA-RESPONSE", "us_county", "4. Response\nThe Contractor shall contact the department that submitted a service "
     "request within two business hours.\n", True),
    ("SLA-RESPONSE", "uk_fm", "5. Call-backs\nThe Supplier will telephone the site which logged the Incident within 30 "
     "minutes during Support Hours.\n", True),
    ("SLA-RESPONSE", "in_provider", "6. Complaint Handling\nThe Service Provider shall contact the reporting location "
     "within 1 (one) hour of receipt of the complaint.\n", True),
    ("SLA-RESPONSE", "au_retail", "4. Help desk\nThe Contractor will call the requesting store back within 15 minutes "
     "for any fault that stops trading.\n", True),
    ("SLA-RESPONSE", "de_translated", "§ 5 Reaction\nThe Contractor shall contact the notifying department within 4 "
     "hours after receipt of a fault report.\n", True),
    ("SLA-RESPONSE", "msp_plain", "3. When something breaks\nWe will ring whoever reported the problem within one "
     "business hour.\n", True),
    ("SLA-RESPONSE", "uk_fm", "5. First contact\nFor problems reported to the service desk, an engineer will contact the "
     "reporting office:\n(a) within 30 minutes for a total outage; and\n(b) within four hours for anything else.\n", True),
    # ... vague: got back to, whoever it is
    ("SLA-RESPONSE", "de_translated", "§ 5 Fault reports\nThe Contractor shall get back to the branch as soon as it can "
     "after a fault report is received.\n", True),
    ("SLA-RESPONSE", "msp_plain", "3. When something breaks\nWe will come back to the practice promptly on any reported "
     "fault.\n", True),
    # near misses: a bidder, an invoice, the customer's own call, a trip back to base
    ("SLA-RESPONSE", "us_county", "4. Procurement\nThe County shall contact the bidder that submitted the lowest "
     "quotation within ten days.\n", False),
    ("SLA-RESPONSE", "uk_fm", "5. Invoices\nThe Supplier shall contact the office that raised a disputed invoice within "
     "five days.\n", False),
    ("SLA-RESPONSE", "au_retail", "4. Parts\nThe technician shall get back to the depot as soon as the repair is done.\n",
     False),

    # --- data.hipaa: no health data, no BAA made
    ("DATA-HIPAA", "us_county", "9. Health information\nThe County runs no clinic, and no protected health information, "
     "as HIPAA defines it, is expected to reach the Contractor; the parties have therefore not entered into a business "
     "associate agreement.\n", False),
    ("DATA-HIPAA", "us_county", "9. HIPAA\nNo PHI within the meaning of HIPAA will be received by the Contractor under "
     "this Agreement.\n", False),
    ("DATA-HIPAA", "us_county", "9. HIPAA\nThe parties have not signed a business associate agreement under HIPAA, as "
     "the Services touch no patient records.\n", False),
    ("DATA-HIPAA", "us_county", "9. HIPAA\nBecause the County's library is not a covered entity, the parties have not "
     "executed a business associate agreement.\n", False),
    # ... but a BAA made, or a limit on PHI's use, is a HIPAA term
    ("DATA-HIPAA", "us_county", "9. HIPAA\nThe parties have entered into the Business Associate Agreement in Exhibit D, "
     "and the Contractor shall safeguard all protected health information as HIPAA requires.\n", True),
    ("DATA-HIPAA", "us_county", "9. HIPAA\nThe Contractor shall not use or disclose protected health information of the "
     "County's clinics other than as permitted by the business associate agreement.\n", True),

    # --- data.protection: a personal-data statute by its title
    ("DATA-PROTECTION", "uk_fm", "8. Personal data\nWhere the Customer's Hong Kong office is supported, the Supplier "
     "shall handle its staff records in line with the Personal Data (Privacy) Ordinance.\n", True),
    ("DATA-PROTECTION", "au_retail", "8. Records\nThe Contractor shall observe the Personal Data Protection Act 2012 of "
     "Singapore for the Client's Singapore stores.\n", True),
    ("DATA-PROTECTION", "in_provider", "8. Data\nThe Service Provider shall abide by the Digital Personal Data "
     "Protection Act, 2023 in respect of employee records it accesses.\n", True),
    ("DATA-PROTECTION", "de_translated", "§ 8 Data\nFor the Client's plant in Suzhou, the Contractor shall observe the "
     "Personal Information Protection Law of the People's Republic of China.\n", True),
    ("DATA-PROTECTION", "uk_fm", "8. Data\nFor the Lagos office, the Supplier shall follow the NDPR in handling "
     "employee records.\n", True),
    # near misses: the law of the contract, a customer's own duty
    ("DATA-PROTECTION", "uk_fm", "8. Law of Hong Kong\nThe Hong Kong office's local contracts are governed by the laws "
     "of Hong Kong.\n", False),
    ("DATA-PROTECTION", "au_retail", "8. Records\nThe Client is solely responsible for its own compliance with the "
     "Personal Data Protection Act 2012.\n", False),

    # --- data.breach: the GDPR's term in a German, Dutch or Polish translation
    ("DATA-BREACH", "de_translated", "§ 9 Data incidents\nThe Contractor shall inform the Client without undue delay of "
     "any violation of the protection of personal data in its systems.\n", True),
    ("DATA-BREACH", "in_provider", "9. Incidents\nThe Service Provider shall notify the Company within 24 hours of any "
     "breach of the protection of personal data held for the Company.\n", True),
    ("DATA-BREACH", "uk_fm", "9. Incidents\nThe Supplier shall report each breach of the protection of the Customer's "
     "data to the Customer within 48 hours.\n", True),
    # near misses: a change in the law, a clause breached
    ("DATA-BREACH", "de_translated", "§ 9 Changes\nThe Contractor shall inform the Client of changes in the law on the "
     "protection of personal data.\n", False),
    ("DATA-BREACH", "uk_fm", "9. Remedies\nAny breach of the data protection clause entitles the Customer to claim "
     "damages.\n", False),

    # --- termination.notice: notice of a reasonable length
    ("TERM-CONVENIENCE", "msp_plain", "10. Ending the agreement\nEither of us can end this agreement by letting the other "
     "know in writing, giving a reasonable amount of notice.\n", True),
    ("TERM-CONVENIENCE", "uk_fm", "14. Termination\nThe Customer may terminate this Contract on a reasonable period of "
     "written notice to the Supplier.\n", True),
    ("TERM-CONVENIENCE", "au_retail", "14. Ending this Agreement\nThe Client may end this Agreement by giving the "
     "Contractor a reasonable period of notice.\n", True),
    ("TERM-CONVENIENCE", "us_county", "14. Termination\nThe County may cancel this Agreement after providing a reasonable "
     "amount of prior written notice.\n", True),
    # ... the period told as the time before the end that the notice is given, the contract "resolved" as a Portuguese, Spanish or
    # Italian public body's contract in translation ends it
    ("TERM-CONVENIENCE", "de_translated", "§ 16 Public interest\nThe Client may resolve the contract in the public interest "
     "by notice given at least 60 days before the date of effect.\n", True),
    ("TERM-CONVENIENCE", "in_provider", "14. Public interest\nThe Company may resolve this contract for reasons of public "
     "interest by notice served two months before the effective date.\n", True),
    ("TERM-CONVENIENCE", "uk_fm", "14. Public interest\nThe Customer may resolve the contract, for supervening reasons of "
     "public interest, by written notice given thirty days before.\n", True),
    ("TERM-CONVENIENCE", "de_translated", "§ 16 Termination in the public interest\nThe Client may terminate the contract for "
     "reasons of public interest by notice given to the Contractor at least sixty days before the date of effect.\n", True),
    ("TERM-CONVENIENCE", "uk_fm", "14. Ending the Contract\nThe Customer may terminate this Contract by written notice "
     "served not less than three months before the termination date.\n", True),
    ("TERM-CONVENIENCE", "in_provider", "14. Exit\nThe Company may end this Agreement by notice given ninety days before "
     "the end of any quarter.\n", True),
    ("TERM-CONVENIENCE", "us_county", "14. Cancellation\nThe County may cancel the Services by notice sent to the "
     "Contractor no less than 30 days before the cancellation takes effect.\n", True),
    ("TERM-CONVENIENCE", "au_retail", "14. Ending this Agreement\nThe Client may terminate this Agreement by notice to the "
     "Contractor at least 2 months prior to the date on which it is to end.\n", True),
    # near misses: a breach left unremedied, notice of maintenance
    ("TERM-CONVENIENCE", "uk_fm", "14. Termination\nThe Customer may terminate this Contract if the Supplier commits a "
     "material breach and fails to remedy it after a reasonable period of notice.\n", False),
    ("TERM-CONVENIENCE", "uk_fm", "14. Termination\nThe Customer may terminate this Contract for material breach by "
     "notice given 30 days before the date of termination.\n", False),
    ("TERM-CONVENIENCE", "au_retail", "14. Term\nThe Client may terminate this Agreement at the end of the initial term by "
     "notice given 60 days before it expires.\n", False),
    ("TERM-CONVENIENCE", "au_retail", "14. Maintenance\nThe Contractor shall give the Client a reasonable period of "
     "notice of any planned maintenance.\n", False),

    # --- data.confidentiality: a time or a consent between the modal and the verb
    ("DATA-CONFIDENTIALITY", "de_translated", "§ 11 Secrecy\nNeither party shall, while this contract runs or after it "
     "ends, disclose to any outsider information about the other's affairs.\n", True),
    ("DATA-CONFIDENTIALITY", "uk_fm", "11. Discretion\nThe Supplier shall not, at any time during or after the term, "
     "reveal to any third party anything it learns about the Customer's operations.\n", True),
    ("DATA-CONFIDENTIALITY", "au_retail", "11. Information\nThe Contractor must not, without the Client's written "
     "consent, divulge information about the Client's business.\n", True),
    ("DATA-CONFIDENTIALITY", "in_provider", "11. Secrecy\nNeither Party shall, save as required by law, communicate to "
     "any person the business information of the other Party.\n", True),
    ("DATA-CONFIDENTIALITY", "msp_plain", "7. Your information\nNeither of us may, during this agreement or afterwards, "
     "pass on to anyone else what we learn about the other's affairs.\n", True),
    # near misses: an assignment, the customer's own duty
    ("DATA-CONFIDENTIALITY", "uk_fm", "11. Assignment\nNeither party shall, without the other's consent, assign this "
     "Contract.\n", False),
    ("DATA-CONFIDENTIALITY", "au_retail", "11. Prices\nThe Client shall not, without the Contractor's consent, disclose "
     "the Contractor's price list.\n", False),

    # --- backup: a copy saved, an image captured, on a schedule or kept for a time
    ("CONT-BACKUP", "de_translated", "§ 6 Data safety\nThe Contractor saves all databases of the production system every "
     "night and keeps each saved state for 14 days.\n", True),
    ("CONT-BACKUP", "uk_fm", "6. Resilience\nThe Supplier shall save the Customer's file server data each evening and keep "
     "it at a separate site for four weeks.\n", True),
    ("CONT-BACKUP", "in_provider", "6. Data Safety\nThe Service Provider shall save the ERP database daily to the "
     "secondary data centre.\n", True),
    ("CONT-BACKUP", "au_retail", "6. Continuity\nThe Contractor shall ensure that full server images of the store "
     "systems are captured every night and kept for 30 days.\n", True),
    ("CONT-BACKUP", "us_county", "6. Continuity\nThe Contractor shall replicate the permit database to its secondary "
     "site synchronously.\n", True),
    ("CONT-BACKUP", "msp_plain", "6. Your data\nWe save your server's files each night and keep every saved version for "
     "a month.\n", True),
    # near misses: the customer's own copy, a saving of money, a saved setting
    ("CONT-BACKUP", "au_retail", "6. Collection\nThe Client shall save any data it wishes to keep before equipment is "
     "collected for repair.\n", False),
    ("CONT-BACKUP", "uk_fm", "6. Efficiency\nThe Supplier will save the Customer money by consolidating its licences "
     "each year.\n", False),

    # --- scope.services: the work listed under a lead-in, as a noun, a hosted instance, or a duty about the estate named first
    ("SCOPE-SERVICES", "uk_fm_bare", "3. Duties\nThe Supplier shall, from the Start Date, carry out:\n(a) round-the-clock "
     "monitoring of the Customer's servers and network links;\n(b) the administration of user accounts and mailboxes.\n", True),
    ("SCOPE-SERVICES", "in_provider_bare", "2. Engagement\nThe Service Provider shall undertake:\n(i) management of the "
     "firewall estate at each plant; and\n(ii) remote support of the shop-floor terminals.\n", True),
    ("SCOPE-SERVICES", "de_translated_bare", "§ 1 Object\n(1) The Contractor shall:\n1. supply the Client with the "
     "corrections of the planning software;\n2. operate the Client's production instance in the Contractor's data "
     "centre.\n", True),
    ("SCOPE-SERVICES", "au_retail_bare", "2. Supported equipment\nThe supported equipment is the point-of-sale terminals "
     "at each store, which the Contractor shall keep patched and running.\n", True),
    ("SCOPE-SERVICES", "us_county_bare", "2. Covered Equipment\nCovered Equipment means the network switches in County "
     "buildings, which the Contractor's technicians shall repair on call.\n", True),
    ("SCOPE-SERVICES", "msp_plain_bare", "2. Your kit\nThe two servers in your back office, which we will look after, are "
     "listed below.\n", True),
    # near misses: records kept, insurance maintained, the customer's own machines
    ("SCOPE-SERVICES", "uk_fm_bare", "3. Records\nThe Supplier shall keep:\n(a) maintenance of insurance cover for its "
     "staff;\n(b) management of its own accounts.\n", False),
    ("SCOPE-SERVICES", "au_retail_bare", "2. Client equipment\nThe Client shall replace any terminals that the Client "
     "owns.\n", False),

    # --- scope.exclusions: a list of what is left out, led in by "not part of" or "outside" the work, whatever its name
    ("SCOPE-EXCLUSIONS", "in_provider", "3. Scope limits\nThe following shall not form part of the Scope "
     "of Work: repair of plant machinery controllers and the supply of toner.\n", True),
    ("SCOPE-EXCLUSIONS", "uk_fm", "3. Boundaries\nThe following do not form part of the engagement: lift telephones, the "
     "building management system and tenants' own equipment.\n", True),
    ("SCOPE-EXCLUSIONS", "msp_plain", "2. Where we stop\nNone of the following is part of what we do: home broadband, "
     "staff's own phones, the card machine.\n", True),
    ("SCOPE-EXCLUSIONS", "de_translated", "§ 2 Limits\nThe following fall outside the contracted object: the production "
     "control system and the telephone exchange.\n", True),
    ("SCOPE-EXCLUSIONS", "au_retail", "3. Limits\nThe security camera network is not part of the Contractor's work under "
     "this Agreement.\n", True),
    # near misses: headings and schedules that form no part of the agreement, a fee that is part of the price
    ("SCOPE-EXCLUSIONS", "uk_fm", "3. Interpretation\nThe headings do not form part of this Contract and do not affect its "
     "meaning.\n", False),
    ("SCOPE-EXCLUSIONS", "au_retail", "3. Documents\nThe Client's tender response is not part of this Agreement.\n", False),

    # --- data.security: a security system left out of the work, a duty of the customer's, is no security duty of the provider's
    ("DATA-SECURITY", "msp_plain_bare", "2. Where we stop\nFor the avoidance of doubt, none of the following is part of "
     "what we do:\n(a) the door-entry system and the alarm, which your landlord maintains;\n(b) the CCTV cameras in the car "
     "park.\n", False),
    ("DATA-SECURITY", "msp_plain_bare", "6. Things we need from you\nYou agree:\n(a) to keep your firewall switched on;\n"
     "(b) not to let anyone change the antivirus settings without telling us.\n", False),
    ("DATA-SECURITY", "uk_fm_bare", "3. What we ask of you\n3.1 You will:\n(a) keep your staff's passwords secret;\n(b) "
     "not switch off the firewall.\n", False),
    # ... but the provider's own security duty stays
    ("DATA-SECURITY", "msp_plain_bare", "5. Keeping you safe\nWe will keep your firewall and antivirus up to date and "
     "encrypt the laptops we set up.\n", True),

    # --- escalation: a matter not settled in time taken over, in the passive, by a senior role
    ("SLA-ESCALATION", "uk_fm", "7. Major incidents\nAn Incident not resolved within four hours is taken over by the "
     "Supplier's Service Delivery Manager.\n", True),
    ("SLA-ESCALATION", "us_county", "7. Outages\nAny Severity 1 ticket still open after two hours will be automatically "
     "picked up by the Contractor's Operations Director.\n", True),
    ("SLA-ESCALATION", "in_provider", "7. Complaints\nA complaint that remains unresolved for one business day shall be "
     "handled by the Service Provider's Regional Head of Delivery.\n", True),
    ("SLA-ESCALATION", "au_retail", "7. Store outages\nA store outage that is not back within the restoration time is "
     "managed from then on by the Contractor's Head of Support.\n", True),
    ("SLA-ESCALATION", "de_translated", "§ 7 Disruptions\nA class 1 disruption that is not back within the target time is "
     "led by the Contractor's technical director.\n", True),
    # near misses: a payment chased, a ticket handled as usual
    ("SLA-ESCALATION", "uk_fm", "7. Invoices\nInvoices not paid within 30 days are handled by the Supplier's credit "
     "controller.\n", False),
    ("SLA-ESCALATION", "au_retail", "7. Tickets\nEach ticket is handled by the Contractor's service desk.\n", False),

    # --- sla.remedies: a sanction for a time exceeded or a level short, as public procurement in translation puts it
    ("SLA-REMEDIES", "de_translated", "§ 8 Contractual penalties\nFor each day by which the correction time is exceeded, "
     "the Client may apply a contractual penalty of EUR 200.\n", True),
    ("SLA-REMEDIES", "de_translated", "§ 8 Sanctions\nFor each hour by which the restoration time exceeds the maximum, "
     "the Client may impose a pecuniary sanction of 1 per thousand of the contract price.\n", True),
    ("SLA-REMEDIES", "in_provider", "8. Consequences\nIf the response time exceeds the limit in clause 5, the Company may "
     "levy a fine equal to 0.3% of the monthly charge for each hour of delay.\n", True),
    ("SLA-REMEDIES", "uk_fm", "8. Consequences\nWhere the resolution time is exceeded, the Customer may deduct 2% of the "
     "monthly charge.\n", True),
    ("SLA-REMEDIES", "us_county", "8. Consequences\nWhere monthly availability falls short of the committed level, the "
     "County may impose a sanction equal to 3% of the monthly invoice.\n", True),
    # near misses: the provider's own charge, interest on a late payment
    ("SLA-REMEDIES", "uk_fm", "8. Late payment\nIf a payment is overdue and the delay exceeds 30 days, the Supplier may "
     "charge a fee of 2% of the sum.\n", False),
    ("SLA-REMEDIES", "au_retail", "8. Volumes\nIf the Client's call volume exceeds 500 calls a month, the Contractor may "
     "charge for the extra calls at its standard rates.\n", False),

    # --- sla.resolution: work pledged without a stop until the fault is rectified, eliminated or cleared (vague: no time)
    ("SLA-RESOLUTION", "de_translated", "§ 4 Class 1 faults\nThe Contractor shall work on class 1 faults without interruption "
     "until they are eliminated or a workaround is in place.\n", True),
    ("SLA-RESOLUTION", "in_provider", "5. Critical faults\nThe Service Provider shall continue work on a critical fault "
     "without break until it is rectified.\n", True),
    ("SLA-RESOLUTION", "uk_fm", "5. Priority one faults\nThe Supplier shall keep working on any Priority 1 Incident until it has "
     "been cleared.\n", True),
    ("SLA-RESOLUTION", "msp_plain", "4. Site down\nWe will keep working on a site-down problem until it is put right.\n",
     True),
    ("SLA-RESOLUTION", "us_county", "5. Urgent issues\nThe Contractor shall work around the clock on Severity 1 issues "
     "until they are solved.\n", True),
    # near misses: a dispute settled, a customer's own cooperation
    ("SLA-RESOLUTION", "uk_fm", "5. Disputes\nThe parties shall continue to perform this Contract until any dispute is "
     "resolved.\n", False),
    ("SLA-RESOLUTION", "au_retail", "5. Cooperation\nThe Client shall keep working with the Contractor on a fault until "
     "it is rectified.\n", False),

    # --- sla.availability: uptime promised without a figure, the system named with more than one word before it
    ("SLA-AVAILABILITY", "us_county", "6. Network\nThe Contractor shall use reasonable endeavors to keep the public "
     "wireless network usable at each branch during opening hours.\n", True),
    ("SLA-AVAILABILITY", "uk_fm", "6. Service availability\nThe Supplier shall keep the hosted telephony platform "
     "available throughout Business Hours.\n", True),
    ("SLA-AVAILABILITY", "msp_plain", "5. Wi-Fi\nWe will do our best to keep the guest Wi-Fi up and running while the "
     "surgery is open.\n", True),
    ("SLA-AVAILABILITY", "in_provider", "6. Plant network\nThe Service Provider shall maintain the shop-floor wireless "
     "network operational during all production shifts.\n", True),
    ("SLA-AVAILABILITY", "au_retail", "6. Tills\nThe Contractor will keep the store point-of-sale system available "
     "during trading hours.\n", True),
    # near misses: spare parts kept in stock, the customer's own network
    ("SLA-AVAILABILITY", "au_retail", "6. Parts\nThe Contractor shall keep common spare parts available at its "
     "depot.\n", False),
    ("SLA-AVAILABILITY", "uk_fm", "6. Access\nThe Customer shall keep its own office network available to the "
     "Supplier's engineers.\n", False),
    ("SLA-AVAILABILITY", "de_translated", "§ 6 Cooperation\nThe Client shall keep a test environment available for the "
     "acceptance of corrections.\n", False),

    # --- pricing.extras: a rate for extra work in any currency, time and materials however hyphenated
    ("COMM-EXTRAS", "de_translated", "§ 9 Further services\nServices the Client orders beyond § 1 are charged at NOK 1,100 "
     "per hour.\n", True),
    ("COMM-EXTRAS", "de_translated", "§ 9 Further services\nOther work is remunerated on a time-and-materials basis.\n",
     True),
    ("COMM-EXTRAS", "us_county", "9. Extra work\nThe County will pay for any such work at one hundred fifty dollars ($150) "
     "per hour.\n", True),
    ("COMM-EXTRAS", "au_retail", "9. Extra requests\nRequests outside the Services are billed at JPY 18,000 per hour.\n",
     True),
    ("COMM-EXTRAS", "uk_fm", "9. Project work\nProject work is chargeable at HKD 1,200 per hour.\n", True),
    # near misses: the monthly fee itself, a refund
    ("COMM-EXTRAS", "de_translated", "§ 9 Fee\nThe Client pays a flat fee of SEK 12,000 per month.\n", False),
    ("COMM-EXTRAS", "uk_fm", "9. Refunds\nThe Supplier shall refund any overpayment within 30 days.\n", False),

    # --- customer.obligations: the customer's duty by more verbs (name, identify, deliver, answer)
    ("GOV-CUSTOMER-OBLIGATIONS", "de_translated", "§ 10 Client cooperation\nThe Client shall name a project lead and a "
     "deputy.\n", True),
    ("GOV-CUSTOMER-OBLIGATIONS", "us_county", "10. County cooperation\nThe County shall deliver the existing network "
     "diagrams to the Contractor on the start date.\n", True),
    ("GOV-CUSTOMER-OBLIGATIONS", "uk_fm", "10. Instructions\nThe Customer shall answer the Supplier's requests for "
     "instructions within five working days.\n", True),
    ("GOV-CUSTOMER-OBLIGATIONS", "in_provider", "10. Cooperation\nThe Company shall identify the key users at each "
     "plant.\n", True),
    ("GOV-CUSTOMER-OBLIGATIONS", "au_retail", "10. Queries\nThe Client shall reply to the Contractor's queries about a "
     "store without delay.\n", True),
    # near miss: the provider's own duty to name someone
    ("GOV-CUSTOMER-OBLIGATIONS", "uk_fm_bare", "10. Contacts\nThe Supplier shall name a service manager.\n", False),

    # --- pricing: a rebate of the fees for a missed level is money back, not a price
    ("COMM-PRICING", "uk_fm", "12. Performance\nFor each month in which a service level is not met, the Customer "
     "receives a rebate of the Monthly Charge as set out below.\n", False),
    ("COMM-PRICING", "au_retail", "12. Targets\nWhere a response target is missed, an abatement of the support fee of "
     "ten per cent applies.\n", False),
    ("COMM-PRICING", "us_county", "12. Performance\nIf availability falls below the target in a month, the County "
     "receives a credit of 5% of that month's fee.\n", False),
    # ... but the price itself stays
    ("COMM-PRICING", "uk_fm", "12. Charges\nThe Customer shall pay a monthly charge of GBP 2,400, invoiced in "
     "advance.\n", True),
]

STILL_WRONG: dict = {}


@pytest.mark.parametrize("rule, drafter, body, present", params(
    CASES, ids=lambda case, i: f"{case[0]}-{case[1]}-{i}", still_wrong=lambda case: STILL_WRONG.get(case[2][:60])))
def test_w30_wordings(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, framed(DRAFTERS, drafter, body), present)
