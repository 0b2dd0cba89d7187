"""Names of jurisdictions whose law a contract may choose: US states, Canadian provinces, the parts
of the United Kingdom, Australian states and the countries contracts commonly name; and the
adjectives that name a law ("English law", "PRC laws"). Read by the governing-law key term.
"""

from __future__ import annotations

US_STATES = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia", "Puerto Rico",
]
PROVINCES = [
    "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
    "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island", "England", "Wales", "Scotland",
    "Northern Ireland", "New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia",
    "Hong Kong", "Macau", "Macao", "Bavaria",
]
COUNTRIES = [
    "United States of America", "United States", "U.S.A", "USA", "Canada", "United Kingdom", "Ireland", "France",
    "Germany", "Federal Republic of Germany", "Switzerland", "Netherlands", "Belgium", "Luxembourg", "Austria", "Italy",
    "Spain", "Portugal", "Sweden", "Norway", "Denmark", "Finland", "Iceland", "Poland", "Czech Republic", "Hungary",
    "Greece", "Cyprus", "Malta", "Turkey", "Russia", "Russian Federation", "Ukraine", "Israel", "State of Israel",
    "United Arab Emirates", "Saudi Arabia", "Qatar", "Egypt", "South Africa", "Republic of South Africa", "Nigeria",
    "Kenya", "India", "Pakistan", "Singapore", "Malaysia", "Thailand", "Indonesia", "Philippines", "Vietnam", "Taiwan",
    "Republic of China", "R.O.C", "People's Republic of China", "China", "PRC", "P.R.C", "Japan", "Korea", "Republic of Korea",
    "South Korea", "Australia", "New Zealand", "Brazil", "Mexico", "Argentina", "Chile", "Colombia", "Peru",
    "Kazakhstan", "Bermuda", "Cayman Islands", "British Virgin Islands", "Isle of Man", "Jersey", "Guernsey",
    "Liechtenstein", "Monaco", "Barbados", "Bahamas", "Panama",
]
JURISDICTIONS = sorted(set(US_STATES + PROVINCES + COUNTRIES), key=len, reverse=True)

# adjective (as in "English law", "Israeli laws") -> the jurisdiction
LAW_ADJECTIVES = {
    "English": "England", "Scottish": "Scotland", "Irish": "Ireland", "British": "United Kingdom", "French": "France",
    "German": "Germany", "Swiss": "Switzerland", "Dutch": "Netherlands", "Belgian": "Belgium", "Austrian": "Austria",
    "Italian": "Italy", "Spanish": "Spain", "Portuguese": "Portugal", "Swedish": "Sweden", "Norwegian": "Norway",
    "Danish": "Denmark", "Finnish": "Finland", "Polish": "Poland", "Israeli": "Israel", "Indian": "India",
    "Singapore": "Singapore", "Singaporean": "Singapore", "Japanese": "Japan", "Chinese": "China", "PRC": "China",
    "Korean": "Korea", "Taiwanese": "Taiwan", "Australian": "Australia", "Canadian": "Canada", "Mexican": "Mexico",
    "Brazilian": "Brazil", "Luxembourg": "Luxembourg", "Hong Kong": "Hong Kong", "New York": "New York",
    "Delaware": "Delaware", "California": "California", "Texas": "Texas", "Ontario": "Ontario",
}
