"""Een eigen systeem in een andere taal: de regel schuldhulp achter hetzelfde HTTP-contract als
`opvangregels serve`, met alleen de standaardbibliotheek van Python (3.8 of later).

Zo toetst u een eigen implementatie met de meegeleverde testvectoren:

    python3 examples/python/schuldhulp_dienst.py 8081 &
    npx opvangregels vectoren --tegen http://127.0.0.1:8081 --regel schuldhulp

Het contract (zie /v1/openapi.json van `opvangregels serve`): POST /v1/schuldhulp/beoordelingen met
{"invoer": {...}, "opties": {...}?}. Antwoord 200 met de beoordeling: "uitkomst", "gronden" (elk met
"regel" en "status") en "ontbrekendeGegevens" (in de volgorde van docs/testvectoren.md). Ongeldige
invoer: 400, application/problem+json met "invalidParams": [{"name": "invoer.<veld>", "reason": ...}].

Dit voorbeeld kent geen eigen beleid: een verzoek met "opties" krijgt een probleem op
"opties.beleid". De ene vector van schuldhulp met een eigen beleid verwacht juist die fout (een
beleid zonder grondslag voor de regel), dus alle 44 slagen; een systeem dat eigen beleid kent, toetst
u ook met de vectoren van versnelfonds en verblijfstermijn die er een meegeven.
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FASEN = {"dreigend", "opvang", "na-uitstroom"}
VORMEN = {"geen", "regulier", "alternatieve-bewindvoering", "budgetbeheer", "onbekend"}
FEIT = {True, False, "onbekend"}


def toets(invoer):
    """De regel: in de opvang heeft iedereen met schulden een vorm van schuldhulpverlening."""
    fase, schulden, vorm = invoer["fase"], invoer["schulden"], invoer["schuldhulpverlening"]
    ontbrekend = []
    if fase != "opvang" or schulden is False:
        status = "niet-van-toepassing"
    elif vorm not in ("geen", "onbekend"):
        status = "voldaan"
    elif vorm == "geen":
        status = "niet-voldaan" if schulden is True else "onbekend"
        ontbrekend = [] if schulden is True else ["schulden"]
    else:
        status = "onbekend"
        ontbrekend = ["schuldhulpverlening"] if schulden is True else ["schulden", "schuldhulpverlening"]
    uitkomst = {"voldaan": "voldaan", "niet-voldaan": "actie-nodig", "onbekend": "aanvullen", "niet-van-toepassing": "niet-van-toepassing"}[status]
    return {"regel": "schuldhulp", "uitkomst": uitkomst, "gronden": [{"regel": "schuldhulp.vorm", "status": status}], "ontbrekendeGegevens": ontbrekend, "peildatum": None}


def fouten_in(envelop):
    if not isinstance(envelop, dict) or "invoer" not in envelop:
        return [("invoer", "ontbreekt")]
    if "opties" in envelop:
        return [("opties.beleid", "dit systeem kent geen eigen beleid")]
    invoer = envelop["invoer"]
    if not isinstance(invoer, dict):
        return [("invoer", "moet een object zijn")]
    fouten = []
    if invoer.get("fase") not in FASEN:
        fouten.append(("invoer.fase", "moet dreigend, opvang of na-uitstroom zijn"))
    if "schulden" not in invoer or invoer["schulden"] not in FEIT or isinstance(invoer["schulden"], int) and not isinstance(invoer["schulden"], bool):
        fouten.append(("invoer.schulden", "moet true, false of 'onbekend' zijn"))
    if invoer.get("schuldhulpverlening") not in VORMEN:
        fouten.append(("invoer.schuldhulpverlening", "moet een bekende vorm zijn"))
    return fouten


class Dienst(BaseHTTPRequestHandler):
    def antwoord(self, status, inhoud, soort="application/json"):
        tekst = json.dumps(inhoud).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", soort)
        self.send_header("API-Version", "1.0.0")
        self.send_header("Content-Length", str(len(tekst)))
        self.end_headers()
        self.wfile.write(tekst)

    def probleem(self, status, titel, fouten=None):
        inhoud = {"type": "about:blank", "title": titel, "status": status}
        if fouten is not None:
            inhoud["invalidParams"] = [{"name": naam, "reason": reden} for naam, reden in fouten]
        self.antwoord(status, inhoud, "application/problem+json")

    def do_POST(self):
        if self.path != "/v1/schuldhulp/beoordelingen":
            return self.probleem(404, "Niet gevonden")
        lengte = int(self.headers.get("Content-Length") or 0)
        if lengte > 1 << 20:
            return self.probleem(413, "De inhoud is te groot")
        try:
            envelop = json.loads(self.rfile.read(lengte))
        except ValueError:
            return self.probleem(400, "De inhoud is geen geldige JSON")
        fouten = fouten_in(envelop)
        if fouten:
            return self.probleem(400, "Ongeldige invoer", fouten)
        self.antwoord(200, toets(envelop["invoer"]))

    def log_message(self, *argumenten):
        pass  # geen logboek: een verzoek bevat persoonsgegevens


if __name__ == "__main__":
    poort = int(sys.argv[1]) if len(sys.argv) > 1 else 8081
    ThreadingHTTPServer(("127.0.0.1", poort), Dienst).serve_forever()
