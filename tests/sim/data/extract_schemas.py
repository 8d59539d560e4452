#!/usr/bin/env python3
"""Extracts the schemas TestSimSchema checks the simulator against from Twilio's OpenAPI spec
of the 2010 API (twilio-oai, MIT licence: LICENSE-twilio-oai beside this file).

    python3 extract_schemas.py /path/to/twilio_api_v2010.json > twilio-message-schemas.json

Keeps the Message, Media and IncomingPhoneNumber resources with the enums they refer to, and
the list responses of ListMessage, ListMedia and ListIncomingPhoneNumber, under the spec's own
"#/components/schemas/..." paths (list responses are added there under their titles). Drops
descriptions and vendor extensions: only what validation needs.
"""
import json
import sys

RESOURCES = [
    "api.v2010.account.message",
    "api.v2010.account.message.media",
    "api.v2010.account.incoming_phone_number",
]
LISTS = [
    ("/2010-04-01/Accounts/{AccountSid}/Messages.json", "ListMessageResponse"),
    ("/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json", "ListMediaResponse"),
    ("/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json",
     "ListIncomingPhoneNumberResponse"),
]
KEEP = {"type", "nullable", "properties", "required", "enum", "$ref", "items", "format",
        "minLength", "maxLength", "pattern", "title"}


def strip_schema(schema):
    out = {k: v for k, v in schema.items() if k in KEEP and k not in ("properties", "items")}
    if "properties" in schema:
        out["properties"] = {name: strip_schema(prop) for name, prop in schema["properties"].items()}
    if "items" in schema:
        out["items"] = strip_schema(schema["items"])
    return out


def refs(node, found):
    if isinstance(node, dict):
        if "$ref" in node:
            found.add(node["$ref"].rsplit("/", 1)[1])
        for value in node.values():
            refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)


def main():
    spec = json.load(open(sys.argv[1]))
    schemas = spec["components"]["schemas"]
    out = {}
    for name in RESOURCES:
        out[name] = strip_schema(schemas[name])
    for path, title in LISTS:
        response = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
        assert response["schema"]["title"] == title, title
        out[title] = strip_schema(response["schema"])
    wanted = set()
    refs(out, wanted)
    for name in sorted(wanted - set(out)):
        out[name] = strip_schema(schemas[name])
    document = {
        "source": "twilio-oai twilio_api_v2010.json " + spec["info"].get("version", ""),
        "licence": "MIT, see LICENSE-twilio-oai",
        "components": {"schemas": dict(sorted(out.items()))},
    }
    json.dump(document, sys.stdout, indent=1, sort_keys=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
