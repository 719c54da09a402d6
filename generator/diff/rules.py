"""Every rule the diff engine can emit: its id, fixed level, scope, and a one-line explanation.

Each id has exactly one level so that ``--fail-on``, ``--ignore`` and ``--rules`` stay simple; the same change in a
request and in a response therefore has two ids (``request-...`` / ``response-...``). Direction: a *request* is
what the client sends (parameters, request bodies), a *response* is what it receives.

Levels follow oasdiff (ERR -> breaking, WARN -> warning, INFO -> info): a change that narrows what a request may
carry, or widens what a response may carry, is breaking; the reverse is info. Every wire change also names its
oasdiff rule id (``Change.oasdiff_id``). Where pfgen deliberately judges differently, the rule's ``reason`` says
why and ``pfgen diff --rules`` shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.diff.model import Level, Scope


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of change the diff engine reports; the same change always has the same level."""

    id: str
    level: Level
    scope: Scope
    summary: str
    addition: bool = False   # an info-level addition makes a minor release (new operation, field, model...)
    reason: str = ""         # why pfgen's level differs from oasdiff's for the same change ("" when it agrees)


def _r(id: str, level: Level, summary: str, *, addition: bool = False, scope: Scope = "wire",
       reason: str = "") -> Rule:
    return Rule(id, level, scope, summary, addition, reason)


_ALL: tuple[Rule, ...] = (
    # paths and operations
    _r("operation-removed", "breaking", "An operation was removed without being deprecated first."),
    _r("deprecated-operation-removed", "warning", "An operation that was already deprecated was removed.",
       reason="oasdiff: info (or nothing once the sunset date has passed); a removal still fails every remaining "
       "caller, so pfgen keeps it visible as a warning."),
    _r("operation-removed-before-sunset", "breaking", "A deprecated operation was removed before its x-sunset date."),
    _r("unstable-operation-changed", "info",
       "An operation marked x-stability-level draft or alpha changed or was removed: it promises no compatibility."),
    _r("stability-decreased", "breaking", "An x-stability-level went down (stable > beta > alpha > draft)."),
    _r("stability-increased", "info", "An x-stability-level went up."),
    _r("stability-invalid", "breaking", "An x-stability-level is not one of draft, alpha, beta or stable."),
    _r("deprecated-sunset-invalid", "breaking",
       "Something was deprecated with an x-sunset that is not an RFC 3339 date or is already past."),
    _r("sunset-invalid", "breaking", "An x-sunset date of a deprecated operation or parameter is not a date."),
    _r("sunset-deleted", "breaking", "A deprecated operation or parameter lost its x-sunset date."),
    _r("sunset-moved-earlier", "breaking", "An x-sunset date moved earlier, to a date already past."),
    _r("operation-added", "info", "A new operation was added.", addition=True),
    _r("operation-deprecated", "info", "An operation was marked deprecated (with a valid x-sunset, if any)."),
    _r("deprecation-removed", "info", "An operation, parameter or property is no longer deprecated."),
    _r("path-parameter-renamed", "info", "A path parameter was renamed; the URL shape is unchanged."),
    _r("operation-id-changed", "info", "The operationId changed (the wire is unaffected; SDK names may move)."),
    _r("operation-tags-changed", "info", "The operation's tags changed (the SDK resource may move)."),
    # parameters
    _r("request-parameter-added-required", "breaking", "A new required parameter: old clients do not send it."),
    _r("request-parameter-added", "info", "A new optional parameter was added.", addition=True),
    _r("request-parameter-removed", "warning",
       "A query/header/cookie parameter was removed; servers usually ignore it if still sent."),
    _r("request-parameter-became-required", "breaking", "An optional parameter became required."),
    _r("request-parameter-became-optional", "info", "A required parameter became optional."),
    _r("request-parameter-location-changed", "breaking", "A parameter moved (for example from query to header)."),
    _r("request-parameter-style-changed", "breaking",
       "A parameter's serialisation (style, explode, allowReserved) changed.",
       reason="oasdiff has no rule for it in the releases pfgen follows; the server parses the old spelling no more."),
    _r("request-parameter-deprecated", "info", "A parameter was marked deprecated."),
    _r("request-parameter-removed-before-sunset", "breaking",
       "A deprecated parameter was removed before its x-sunset date."),
    _r("deprecated-parameter-removed", "info", "A parameter that was already deprecated was removed."),
    _r("request-parameter-default-changed", "breaking",
       "A parameter's default was added, removed or changed: the server treats every caller that omits it "
       "differently.",
       reason="oasdiff judged this breaking until its latest releases (now info); pfgen keeps the stricter verdict "
       "because the server's behaviour changes for callers that never sent the parameter."),
    _r("request-parameter-media-type-changed", "breaking", "A content-encoded parameter changed its media type.",
       reason="oasdiff has no rule for it; what clients send is encoded differently from what the server reads."),
    # request bodies
    _r("request-body-added-required", "breaking", "A required request body was added."),
    _r("request-body-added", "info", "An optional request body was added.", addition=True),
    _r("request-body-removed", "breaking", "The request body was removed; what clients send is no longer read."),
    _r("request-body-became-required", "breaking", "The request body became required."),
    _r("request-body-became-optional", "info", "The request body became optional."),
    _r("request-media-type-added", "info", "The request body accepts a new media type.", addition=True),
    _r("request-media-type-removed", "breaking", "The request body no longer accepts a media type."),
    # responses
    _r("response-success-status-added", "info", "A new success status code is documented.", addition=True),
    _r("response-success-status-removed", "breaking", "A success status code is no longer returned."),
    _r("response-error-status-added", "warning", "A new error status code is documented; clients may need to handle it.",
       reason="oasdiff: info; a generated client raises a new exception type for it, worth a look."),
    _r("type-compatible", "info",
       "A type changed where values travel as text (XML, form, plain-text bodies; parameters and headers), so the "
       "same bytes still parse."),
    _r("request-parameter-property-type-changed", "warning",
       "A property of an object parameter changed type: it breaks only where the object is sent as JSON."),
    _r("request-all-of-added", "breaking", "A request schema gained an allOf member: values must satisfy it too."),
    _r("request-all-of-removed", "info", "A request schema lost an allOf member."),
    _r("response-all-of-added", "info", "A response schema gained an allOf member."),
    _r("response-all-of-removed", "breaking", "A response schema lost an allOf member: its guarantees are gone."),
    _r("media-type-specialized", "info",
       "A response media type became more specific (application/json -> application/problem+json)."),
    _r("response-media-type-generalized", "breaking",
       "A response media type became more general (application/json -> application/*)."),
    _r("response-error-status-removed", "info", "An error status code is no longer documented."),
    _r("response-media-type-added", "info", "A response has a new media type.", addition=True),
    _r("response-media-type-removed", "breaking", "A response media type is no longer returned."),
    _r("response-header-added", "info", "A response header was added.", addition=True),
    _r("response-required-header-removed", "breaking", "A required response header was removed."),
    _r("response-optional-header-removed", "warning", "An optional response header was removed."),
    _r("response-header-became-optional", "breaking", "A required response header became optional."),
    _r("response-header-became-required", "info", "An optional response header became required."),
    # schemas, judged by direction
    _r("request-type-changed", "breaking", "A request value's type was narrowed or changed: values sent before may be rejected."),
    _r("request-type-widened", "info", "A request value accepts more types than before."),
    _r("response-type-changed", "breaking", "A response value's type was widened or changed: clients may receive values they cannot parse."),
    _r("response-type-narrowed", "info", "A response value has fewer possible types than before."),
    _r("request-nullable-removed", "breaking", "A request value no longer accepts null."),
    _r("request-nullable-added", "info", "A request value now accepts null."),
    _r("response-nullable-added", "breaking", "A response value may now be null."),
    _r("response-nullable-removed", "info", "A response value is no longer null."),
    _r("request-format-changed", "breaking", "A request value's format changed incompatibly."),
    _r("response-format-changed", "breaking", "A response value's format changed incompatibly."),
    _r("request-enum-value-added", "info", "A request value accepts a new enum value.", addition=True),
    _r("request-enum-value-removed", "breaking", "A request value no longer accepts an enum value."),
    _r("response-enum-value-added", "warning", "A response value may carry a new enum value clients may not handle."),
    _r("response-enum-value-removed", "info", "A response value no longer carries an enum value."),
    _r("request-constraint-tightened", "breaking",
       "A request constraint was tightened or added (bounds, lengths, pattern, format, enum, const, contains, "
       "propertyNames, if/then/else, dependentRequired, patternProperties, unevaluated*, contentSchema, not...)."),
    _r("request-constraint-set", "warning",
       "A request value got a bound it did not have (maximum, maxLength, minItems, uniqueItems, multipleOf...): "
       "values clients sent before may exceed it.",
       reason="oasdiff's bound-set rules were warnings until its latest releases made them errors; pfgen keeps "
       "the warning, since clients that stayed within what they sent before are unaffected."),
    _r("request-constraint-changed", "breaking",
       "A request constraint changed in a way that neither widens nor narrows (const, multipleOf, "
       "dependentRequired, contentMediaType, contentEncoding, a `not` schema)."),
    _r("request-pattern-changed", "warning", "A request pattern was replaced by another: whether it still accepts "
       "what clients send cannot be decided."),
    _r("request-prefix-items-added", "info", "A request tuple (prefixItems) gained entries."),
    _r("request-prefix-items-removed", "breaking", "A request tuple (prefixItems) lost entries."),
    _r("request-extensible-enum-value-removed", "breaking", "A request value's x-extensible-enum lost a value."),
    _r("request-constraint-relaxed", "info", "A request constraint was relaxed or removed."),
    _r("response-constraint-relaxed", "breaking",
       "A response constraint was relaxed or removed: values outside the old bounds may be returned."),
    _r("response-constraint-changed", "breaking",
       "A response constraint changed in a way that neither widens nor narrows (const, multipleOf, "
       "dependentRequired, contentMediaType, contentEncoding, a `not` schema)."),
    _r("response-pattern-changed", "warning", "A response pattern was replaced by another."),
    _r("response-prefix-items-added", "breaking", "A response tuple (prefixItems) gained entries."),
    _r("response-prefix-items-removed", "info", "A response tuple (prefixItems) lost entries."),
    _r("additional-properties-changed", "info",
       "additionalProperties: false was added to a response or removed: forward-compatible clients are unaffected."),
    _r("response-constraint-tightened", "info", "A response constraint was tightened."),
    _r("request-default-changed", "info", "A default of a request body or property changed."),
    _r("response-default-changed", "info", "A default documented in a response changed."),
    _r("request-property-added-required", "breaking", "A new required request property: old clients do not send it."),
    _r("request-property-added", "info", "A new optional request property was added.", addition=True),
    _r("request-property-removed", "warning", "A request property was removed; clients may still send it."),
    _r("request-property-became-required", "breaking", "An optional request property became required."),
    _r("request-property-became-optional", "info", "A required request property became optional."),
    _r("response-property-added", "info", "A new response property was added.", addition=True),
    _r("response-required-property-removed", "breaking", "A required response property was removed."),
    _r("response-optional-property-removed", "info", "An optional response property was removed."),
    _r("response-property-became-optional", "breaking",
       "A required response property became optional: clients may rely on it being present."),
    _r("response-property-became-required", "info", "An optional response property became required."),
    _r("request-property-became-read-only", "warning", "A request property became readOnly: the server ignores it."),
    _r("response-property-became-write-only", "warning", "A response property became writeOnly: it is no longer returned."),
    _r("property-access-changed", "info", "A property's readOnly/writeOnly flag changed harmlessly."),
    _r("property-deprecated", "info", "A property was marked deprecated."),
    _r("request-variant-added", "info", "A request oneOf/anyOf accepts a new alternative.", addition=True),
    _r("request-variant-removed", "breaking", "A request oneOf/anyOf alternative was removed."),
    _r("response-variant-added", "breaking", "A response oneOf/anyOf has a new alternative clients may not handle."),
    _r("response-variant-removed", "info", "A response oneOf/anyOf alternative was removed."),
    _r("discriminator-property-changed", "info",
       "The discriminator property of a union changed (the values themselves are judged by their schemas)."),
    _r("discriminator-changed", "info", "A discriminator was added, removed, or its mapping changed."),
    # security and servers
    _r("security-added", "breaking", "Authentication is now required where none was.",
       reason="oasdiff reports a first security requirement as info (an alternative added); every anonymous call "
       "now fails, as oasdiff's newer anonymous-access rules also say."),
    _r("security-removed", "info", "Authentication is no longer required.",
       reason="oasdiff's latest releases call this breaking (a requirement removed); clients that still send "
       "credentials keep working, as oasdiff's earlier releases said."),
    _r("security-alternative-added", "info", "A new way to authenticate is accepted."),
    _r("security-alternative-removed", "breaking", "A way to authenticate is no longer accepted."),
    _r("security-scopes-added", "breaking", "A security requirement needs more OAuth scopes."),
    _r("security-scopes-removed", "info", "A security requirement needs fewer OAuth scopes."),
    _r("security-scheme-changed", "breaking", "A security scheme's type, location, name or scheme changed.",
       reason="oasdiff: info; clients that authenticated the old way are refused, so pfgen calls it breaking."),
    _r("security-scheme-urls-changed", "info",
       "A security scheme's OAuth token or authorization URL changed (clients configured with it must follow)."),
    _r("server-removed", "warning", "A server URL was removed."),
    _r("server-added", "info", "A server URL was added."),
    _r("comparison-truncated", "warning",
       "Schemas nest deeper than pfgen compares (100 levels) and differ below; those changes are not judged.",
       reason="oasdiff walks any depth; pfgen stops at 100 levels (real documents stay near 30) and warns that "
       "it could not judge what lies deeper."),
    # documentation
    _r("docs-changed", "info", "Documentation only (summary, description, title, examples); never breaking."),
    # the generated Python SDK
    _r("sdk-method-removed", "breaking", "A client method disappeared.", scope="sdk"),
    _r("sdk-method-renamed", "breaking", "A client method was renamed or moved to another resource.", scope="sdk"),
    _r("sdk-method-added", "info", "A new client method.", scope="sdk", addition=True),
    _r("sdk-argument-removed", "breaking", "A method argument disappeared.", scope="sdk"),
    _r("sdk-argument-renamed", "breaking", "A method argument was renamed.", scope="sdk"),
    _r("sdk-argument-added-required", "breaking", "A method gained a required argument.", scope="sdk"),
    _r("sdk-argument-added", "info", "A method gained an optional argument.", scope="sdk", addition=True),
    _r("sdk-argument-became-required", "breaking", "An optional method argument became required.", scope="sdk"),
    _r("sdk-argument-became-optional", "info", "A required method argument became optional.", scope="sdk"),
    _r("sdk-argument-kind-changed", "breaking", "An argument moved between positional and keyword-only.", scope="sdk"),
    _r("sdk-argument-type-changed", "warning", "A method argument's annotation changed.", scope="sdk"),
    _r("sdk-return-type-changed", "warning", "A method's return annotation changed.", scope="sdk"),
    _r("sdk-model-removed", "breaking", "A model (or enum) class disappeared.", scope="sdk"),
    _r("sdk-model-renamed", "breaking", "A model (or enum) class was renamed.", scope="sdk"),
    _r("sdk-model-added", "info", "A new model (or enum) class.", scope="sdk", addition=True),
    _r("sdk-field-removed", "breaking", "A model attribute disappeared.", scope="sdk"),
    _r("sdk-field-renamed", "breaking", "A model attribute was renamed.", scope="sdk"),
    _r("sdk-field-added", "info", "A model gained an attribute.", scope="sdk", addition=True),
    _r("sdk-field-became-optional", "warning", "A model attribute may now be None or missing.", scope="sdk"),
    _r("sdk-field-became-required", "warning", "A model attribute became required (constructing the model needs it).",
       scope="sdk"),
    _r("sdk-field-type-changed", "warning", "A model attribute's annotation changed.", scope="sdk"),
    _r("sdk-enum-member-removed", "breaking", "An enum member disappeared.", scope="sdk"),
    _r("sdk-enum-member-added", "info", "An enum gained a member.", scope="sdk", addition=True),
    _r("sdk-exception-added", "info", "A method can now raise another status exception.", scope="sdk"),
    _r("sdk-exception-removed", "info", "A method no longer documents a status exception.", scope="sdk"),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _ALL}


def level_of(rule_id: str) -> Level:
    return RULES[rule_id].level


def rules_table() -> tuple[Rule, ...]:
    """All rules sorted by scope (wire first), then id, for ``pfgen diff --rules``."""
    return tuple(sorted(_ALL, key=lambda r: (r.scope != "wire", r.id)))
