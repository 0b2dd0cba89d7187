"""A party known only by its role word, as contracts in translation name them (issue 9, session 19): the customer
called 'THE CONTRACTING PARTY' (Spanish 'EL CONTRATANTE'), 'the Municipality' or 'the Contracting Authority' (a public
body), the provider 'the Co-contracting Party' (Portuguese 'cocontratante'); a preamble that lists its parties as
numbered clauses ('1.1 Name AB, corp. ID no. ...'); and a customer's own store, branch or school that acts for it ('The
store shall give the Supplier's technician access'). Five drafters' wordings of each shape (Colombian, Portuguese,
Spanish, Italian, Mexican, French, Swedish, UK, US, Indian, Australian ...), every text written for this survey."""

from __future__ import annotations

import pytest

from survey_harness import assert_found

from checker.nlp.obligations import parties_of, stances_of
from checker.nlp.parties import resolve_parties
from checker.nlp.pipeline import analyse, build_pipeline

BODY = ("\n\nFIRST. The {provider} shall provide the maintenance services described in Annex 1 and shall repair faults "
        "within two working days.\n\nSECOND. The {customer} shall pay the price within thirty days of each invoice and "
        "shall give the technicians of the {provider} access to its premises.\n")

# (preamble, the customer's name, the provider's name, the words the body calls each by)
TRANSLATED_ROLES = [
    ("SERVICES CONTRACT No. 14-2025\n\nCONTRACTING PARTY: ANDINA LOGISTICA S.A.S., NIT 900.111.222-3\nCONTRACTOR: REDES "
     "DEL VALLE S.A.S., NIT 901.333.444-5\nVALUE: COP 300,000,000\n\nBetween the undersigned, on the one hand, MARIA "
     "TERESA GOMEZ, of legal age, acting as legal representative of ANDINA LOGISTICA S.A.S., which for the purposes of "
     "this contract shall be called THE CONTRACTING PARTY; and on the other hand, JORGE LUIS PARRA, acting as legal "
     "representative of REDES DEL VALLE S.A.S., which shall be called THE CONTRACTOR, we have agreed as follows.",
     "ANDINA LOGISTICA S.A.S.", "REDES DEL VALLE S.A.S.", "CONTRACTOR", "CONTRACTING PARTY"),
    ("PUBLIC SERVICES CONTRACT No. 9/2025\n\nBETWEEN:\n\nFIRST CONTRACTING PARTY: The Municipality of Vale Serrano, a local "
     "authority, taxpayer no. 501 222 333, represented by its Mayor, hereinafter \"the Municipality\";\n\nSECOND "
     "CONTRACTING PARTY: Serra Digital, Lda., registered under no. 515 666 777, hereinafter \"the Co-contracting "
     "Party\".\n\nThe parties agree the following clauses.",
     "The Municipality of Vale Serrano", "Serra Digital, Lda.", "Co-contracting Party", "Municipality"),
    ("CONTRACT FOR THE SUPPORT OF THE MUNICIPAL NETWORK\n\nThis contract is entered into between the City Council of "
     "Torrealta, represented by its Mayor (hereinafter \"the Contracting Authority\"), and Ingenia Sistemas S.L., with tax "
     "number B-12345678 (hereinafter \"the Contractor\").",
     "the City Council of Torrealta", "Ingenia Sistemas S.L.", "Contractor", "Contracting Authority"),
    ("MAINTENANCE AGREEMENT\n\nThis agreement is made between Comune di Pratolungo, a local authority (the "
     "\"Municipality\"), and Tecnoservizi S.r.l., a company registered in Florence (the \"Supplier\").",
     "Comune di Pratolungo", "Tecnoservizi S.r.l.", "Supplier", "Municipality"),
    ("SUPPORT SERVICES CONTRACT\n\nThis contract is entered into by and between Distribuidora Pacifico S.A. de C.V. "
     "(\"THE CONTRACTING PARTY\") and Soluciones TI del Norte S.A. de C.V. (\"THE CONTRACTOR\"), in accordance with the "
     "following clauses.",
     "Distribuidora Pacifico S.A. de C.V.", "Soluciones TI del Norte S.A. de C.V.", "CONTRACTOR", "CONTRACTING PARTY"),
    ("SERVICE AGREEMENT\n\nBy this private instrument, on one side CERRADO PAGAMENTOS S.A., enrolled with the CNPJ under "
     "no. 12.345.678/0001-90, hereinafter referred to as \"CONTRACTING PARTY\", and on the other side NUVEM PAMPA "
     "TECNOLOGIA LTDA., enrolled with the CNPJ under no. 98.765.432/0001-10, hereinafter referred to as \"CONTRACTED "
     "PARTY\", agree as follows.",
     "CERRADO PAGAMENTOS S.A.", "NUVEM PAMPA TECNOLOGIA LTDA.", "CONTRACTED PARTY", "CONTRACTING PARTY"),
]


def _roles(text: str) -> dict[str, str | None]:
    """Each party's role by each of its aliases and its name."""
    return {w.casefold(): p.role for p in parties_of(analyse(build_pipeline(), text)) for w in (p.name, *p.aliases)}


@pytest.mark.parametrize(("preamble", "customer", "provider", "provider_words", "customer_words"), TRANSLATED_ROLES,
                         ids=["colombian", "portuguese", "spanish", "italian", "mexican", "brazilian"])
def test_a_customer_known_by_its_translated_role_word_is_the_customer(preamble, customer, provider, provider_words,
                                                                        customer_words):
    text = preamble + BODY.format(provider=provider_words, customer=customer_words)
    roles = _roles(text)
    assert roles.get(customer_words.casefold()) == "customer", roles
    assert roles.get(provider_words.casefold()) == "provider", roles
    held = {(text[s.start:s.end].split()[0], s.holder) for s in stances_of(analyse(build_pipeline(), text))}
    assert ("shall", "customer") in held and ("shall", "provider") in held, held


# a preamble whose parties are its first clause's numbered paragraphs, a registration number after each name
NUMBERED_PARTIES = [
    ("SERVICE AGREEMENT\n\n1. PARTIES\n\n1.1 Fjallhem Inredning AB, corp. ID no. 556000-1111, Storgatan 2, 111 22 "
     "Stockholm (\"Fjallhem\" or \"the Customer\").\n\n1.2 Datajouren Norr AB, corp. ID no. 559000-2222, Hamngatan 5, "
     "901 10 Umea (\"the Supplier\").", "Fjallhem Inredning AB", "Datajouren Norr AB"),
    ("AGREEMENT\n\n1. THE PARTIES\n\n1.1 Fjordlys Kontor AS, org. no. 912 345 678, Kongens gate 1, 7011 Trondheim "
     "(\"the Customer\").\n\n1.2 Nordnett Drift AS, org. no. 998 765 432, Strandveien 9, 9008 Tromso (\"the "
     "Supplier\").", "Fjordlys Kontor AS", "Nordnett Drift AS"),
    ("IT SUPPORT AGREEMENT\n\n1. Parties\n\n1.1 Keldgaard Byg ApS, company registration no. 12345678, Vestergade 3, 8000 "
     "Aarhus C (\"the Customer\").\n\n1.2 Sundnet IT ApS, company registration no. 87654321, Havnevej 7, 5000 Odense C "
     "(\"the Supplier\").", "Keldgaard Byg ApS", "Sundnet IT ApS"),
    ("MAINTENANCE CONTRACT\n\n1 PARTIES\n\n1.1 Ruskela Oy, business ID 1234567-8, Kauppakatu 4, 33100 Tampere (the "
     "\"Customer\")\n\n1.2 Tietopalvelu Aalto Oy, business ID 8765432-1, Rantatie 2, 00100 Helsinki (the \"Supplier\")",
     "Ruskela Oy", "Tietopalvelu Aalto Oy"),
    ("SUPPORT AGREEMENT\n\n1. Parties\n\n1.1 Bakkerij de Vries B.V., a company registered under no. 12345678, "
     "Dorpsstraat 1, Utrecht (\"the Customer\").\n\n1.2 Polder ICT B.V., a company registered under no. 87654321, Kade "
     "9, Leiden (\"the Supplier\").", "Bakkerij de Vries B.V.", "Polder ICT B.V."),
]


@pytest.mark.parametrize(("text", "customer", "provider"), NUMBERED_PARTIES,
                         ids=["swedish", "norwegian", "danish", "finnish", "dutch"])
def test_parties_listed_as_numbered_clauses_are_read_by_their_names(text, customer, provider):
    assert [(p.name, p.role) for p in resolve_parties(text)] == [(customer, "customer"), (provider, "provider")]


# a customer's own place that acts for it: its store, branch, school, pharmacy, restaurant
SITES = [
    ("Nordhem Mobler AB (\"the Customer\") and Teknikjouren AB (\"the Supplier\") agree as follows.\n\n1. The Supplier "
     "shall repair the checkout equipment in the Customer's Swedish stores.\n\n2. The store shall give the Supplier's "
     "technician access to the equipment.", "The store shall"),
    ("This agreement is between Pellow Pharmacies Ltd (\"Client\") and Brightline IT Ltd (\"Provider\").\n\n1. Provider "
     "shall support the dispensing systems in the Client's pharmacies.\n\n2. Each pharmacy shall nominate a contact for "
     "fault reports.", "Each pharmacy shall"),
    ("This Services Agreement is entered into by Bayou Grill Group LLC (\"Customer\") and Gulfnet Managed Services, Inc. "
     "(\"Vendor\").\n\n1. Vendor will maintain the point-of-sale network at Customer's restaurants.\n\n2. The restaurant "
     "will keep the network cabinet clear and accessible.", "The restaurant will"),
    ("This Agreement is made between Kaveri Co-operative Bank Ltd (\"the Bank\") and Sahyadri Infotech Private Limited "
     "(\"the Service Provider\").\n\n1. The Service Provider shall maintain the ATMs and desktops at the Bank's rural "
     "branches.\n\n2. Each branch shall provide a secure room for the network equipment.", "Each branch shall"),
    ("This agreement is between Hillsvale Education Trust (\"the Trust\") and Koorong Tech Pty Ltd (\"the Contractor\").\n\n"
     "1. The Contractor must support the classroom devices at the Trust's schools.\n\n2. The school must give the "
     "Contractor's technician access to the server room.", "The school must"),
]


@pytest.mark.parametrize(("text", "duty"), SITES, ids=["swedish", "uk", "us", "indian", "australian"])
def test_a_customers_own_store_branch_or_school_holds_the_customers_duty(text, duty):
    at = text.index(duty) + duty.rindex(" ") + 1  # where its modal stands
    held = {s.start: s.holder for s in stances_of(analyse(build_pipeline(), text))}
    assert held.get(at) == "customer", held


def test_a_store_two_parties_call_their_own_holds_no_ones_duty():
    text = ("This agreement is between Oakmere Retail Ltd (\"the Customer\") and Tillpoint Ltd (\"the Supplier\").\n\n1. "
            "The Supplier shall repair the tills in the Customer's stores and keep spare tills in the Supplier's stores."
            "\n\n2. The store shall log each repair.")
    held = {text[s.start:s.end]: s.holder for s in stances_of(analyse(build_pipeline(), text))
            if text[max(0, s.start - 10):s.start].endswith("store ")}
    assert set(held.values()) <= {None}, held


# the customer's listed duties whose first item is its payment ('undertakes to: a) pay the agreed value; b) provide ...'):
# the duty to cooperate after it is the customer's part (GOV-CUSTOMER-OBLIGATIONS); five drafters, then a list that holds
# payment alone
FRAME = ("SUPPORT AGREEMENT\n\nThis agreement is made between Orchard Lane Foods Ltd (the \"Customer\") and Quillfield IT "
         "Ltd (the \"Supplier\").\n\n1. Services\nThe Supplier shall provide desktop and network support for the "
         "Customer's offices.\n\n", "\n20. Law\nThis agreement is governed by the law of England and Wales.\n")
LISTED_DUTIES = [
    ("colombian", "9. Undertakings\nTHE CUSTOMER undertakes to: a) pay the agreed value in the form established; b) provide "
     "the Supplier with access to its sites and systems.\n", True),
    ("indian", "9. Support Arrangements\nThe Customer shall: (i) pay the invoices within thirty (30) days; (ii) "
     "nominate a single point of contact for escalations.\n", True),
    ("uk", "9. Arrangements\nThe Customer will: (a) pay the Charges in accordance with clause 8; and (b) give the "
     "Supplier's engineers safe access to the Sites.\n", True),
    ("australian", "9. Running the service\nThe Customer must: (a) pay each invoice by its due date; (b) keep its antivirus licences "
     "current.\n", True),
    ("us", "9. Support Process\nCustomer agrees to: (1) pay all fees when due; (2) designate a primary contact "
     "for support requests.\n", True),
    # near miss: the list holds payment alone, and then the supplier's duty
    ("uk_payment_only", "9. Payment\nThe Customer will: (a) pay the Charges monthly in advance; (b) pay interest on late "
     "sums at 4% a year.\n", False),
]


@pytest.mark.parametrize(("drafter", "body", "present"), LISTED_DUTIES, ids=[case[0] for case in LISTED_DUTIES])
def test_the_customers_duty_listed_after_its_payment_is_its_part(tmp_path, rulebook, drafter, body, present):
    assert_found(tmp_path, rulebook, "GOV-CUSTOMER-OBLIGATIONS", FRAME[0] + body + FRAME[1], present)
