//! The data API against its own OpenAPI document.

use super::*;

pub(super) async fn api_refuses_other_methods_with_405(backend: Backend) {
    let app = TestApp::new(backend).await;
    // The data API is read-only and needs no session: a method it does not serve is
    // "not allowed" (405, with the methods that are), never "sign in first" (401).
    for path in ["/api/v1/nsbs", "/api/v1/nsbs/BR", "/api/v1/standards/iso-20400/adoptions.csv"] {
        for method in ["TRACE", "PUT", "DELETE", "POST", "PATCH"] {
            let response = app.send(method, path, "", &[]).await;
            assert_eq!(response.status, 405, "{method} {path}: {}", response.body);
            let allow = response.header("allow").unwrap_or_default();
            assert!(allow.contains("GET") && !allow.contains(method), "{method} {path}: Allow: {allow}");
        }
    }
    // Server functions still need a session before anything else.
    let write = app.send("POST", "/api/invite_account", "", &[]).await;
    assert_eq!(write.status, 401, "{}", write.body);
}

/// A minimal JSON Schema check, enough for the document utoipa writes: `$ref`, `type`
/// (one or a list), `enum`, `properties`, `required`, `additionalProperties`, `items`,
/// `allOf`, `anyOf`, `oneOf`. Returns what does not fit, with the JSON path.
pub(super) fn schema_problems(
    document: &serde_json::Value,
    schema: &serde_json::Value,
    value: &serde_json::Value,
    at: &str,
) -> Vec<String> {
    use serde_json::Value;
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/schemas/");
        return schema_problems(document, &document["components"]["schemas"][name], value, at);
    }
    let mut problems = Vec::new();
    let type_of = |v: &Value| match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let actual = type_of(value);
    if !types.is_empty() && !types.iter().any(|t| *t == actual || (*t == "number" && actual == "integer")) {
        problems.push(format!("{at}: {actual} where the document says {types:?}"));
        return problems;
    }
    if let Some(values) = schema["enum"].as_array()
        && !values.contains(value)
    {
        problems.push(format!("{at}: {value} is not one of {values:?}"));
    }
    if let (Some(object), Value::Object(fields)) = (schema["properties"].as_object(), value) {
        for (name, property) in object {
            if let Some(field) = fields.get(name) {
                problems.extend(schema_problems(document, property, field, &format!("{at}.{name}")));
            }
        }
    }
    if let (Some(required), Value::Object(fields)) = (schema["required"].as_array(), value) {
        for name in required.iter().filter_map(Value::as_str) {
            if !fields.contains_key(name) {
                problems.push(format!("{at}: `{name}` is required and missing"));
            }
        }
    }
    if let (Some(extra), Value::Object(fields)) = (schema.get("additionalProperties"), value) {
        let declared = schema["properties"].as_object();
        for (name, field) in fields.iter().filter(|(name, _)| declared.is_none_or(|d| !d.contains_key(*name))) {
            match extra {
                Value::Bool(false) => problems.push(format!("{at}: `{name}` is not allowed")),
                Value::Object(_) => problems.extend(schema_problems(document, extra, field, &format!("{at}.{name}"))),
                _ => {}
            }
        }
    }
    if let (Some(items), Value::Array(elements)) = (schema.get("items"), value) {
        for (i, element) in elements.iter().enumerate() {
            problems.extend(schema_problems(document, items, element, &format!("{at}[{i}]")));
        }
    }
    for branch in schema["allOf"].as_array().into_iter().flatten() {
        problems.extend(schema_problems(document, branch, value, at));
    }
    for keyword in ["anyOf", "oneOf"] {
        if let Some(branches) = schema[keyword].as_array() {
            let fitting = branches.iter().filter(|b| schema_problems(document, b, value, at).is_empty()).count();
            let fits = if keyword == "oneOf" { fitting == 1 } else { fitting >= 1 };
            if !fits {
                problems.push(format!("{at}: {fitting} of the {keyword} branches fit {value}"));
            }
        }
    }
    problems
}

pub(super) async fn api_answers_match_their_openapi_schemas(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (_, document) = api_json(&app, "/api/v1/openapi.json").await;
    // (documented path, request): every operation, its answers and its errors.
    let requests = [
        ("/api/v1/nsbs", "/api/v1/nsbs"),
        ("/api/v1/nsbs", "/api/v1/nsbs?category=member-body&region=019&sort=-acronym&per_page=5&page=2"),
        ("/api/v1/nsbs", "/api/v1/nsbs?page=0"),
        ("/api/v1/nsbs", "/api/v1/nsbs?category=a&category=b"),
        ("/api/v1/nsbs.csv", "/api/v1/nsbs.csv?region=150"),
        ("/api/v1/nsbs/{code}", "/api/v1/nsbs/BR"),
        ("/api/v1/nsbs/{code}", "/api/v1/nsbs/ZZ"),
        ("/api/v1/nsbs/{code}", "/api/v1/nsbs/%FF"),
        ("/api/v1/standards", "/api/v1/standards"),
        ("/api/v1/standards.csv", "/api/v1/standards.csv"),
        ("/api/v1/standards/{slug}", "/api/v1/standards/iso-20400"),
        ("/api/v1/standards/{slug}", "/api/v1/standards/iso-20400.csv"),
        ("/api/v1/standards/{slug}", "/api/v1/standards/iso-99999"),
        ("/api/v1/standards/{slug}/adoptions", "/api/v1/standards/iso-20400/adoptions?status=adopted-any&sort=-status"),
        ("/api/v1/standards/{slug}/adoptions", "/api/v1/standards/iso-20400/adoptions?per_page=501"),
        ("/api/v1/standards/{slug}/adoptions.csv", "/api/v1/standards/iso-20400/adoptions.csv"),
        ("/api/v1/standards/{slug}/translations", "/api/v1/standards/iso-20400/translations"),
        ("/api/v1/standards/{slug}/translations.csv", "/api/v1/standards/iso-20400/translations.csv"),
        ("/api/v1/reviews", "/api/v1/reviews"),
        ("/api/v1/reviews/{slug}", "/api/v1/reviews/iso-20400-2022"),
        ("/api/v1/reviews/{slug}", "/api/v1/reviews/nothing"),
        ("/api/v1/reviews/{slug}/positions", "/api/v1/reviews/iso-20400-2022/positions?voter=obliged"),
        ("/api/v1/reviews/{slug}/positions.csv", "/api/v1/reviews/iso-20400-2022/positions.csv?position=revise"),
        ("/api/v1/letters/render", "/api/v1/letters/render?nsb=BR&purpose=review&lang=pt&second_lang=en"),
        ("/api/v1/letters/render", "/api/v1/letters/render?nsb=EG&sender_name=Ana&email=ana%40example.org"),
        ("/api/v1/letters/render", "/api/v1/letters/render?nsb=BR&purpose=praise&sender_name=a%0Ab"),
        ("/api/v1/letters/render", "/api/v1/letters/render?nsb=ZZ"),
        ("/api/v1/open-letters", "/api/v1/open-letters"),
        ("/api/v1/open-letters/{slug}", "/api/v1/open-letters/iso-20400-next-review?nsb=EG&second_lang=en"),
        ("/api/v1/open-letters/{slug}", "/api/v1/open-letters/iso-20400-next-review?nsb=ZZ"),
    ];
    let mut statuses = std::collections::BTreeSet::new();
    for (path, uri) in requests {
        let response = app.get(uri).await;
        let status = response.status.as_u16();
        statuses.insert(status);
        let documented = &document["paths"][path]["get"]["responses"][status.to_string()];
        assert!(documented.is_object(), "GET {uri}: {status} is not documented for {path}");
        let content_type = response.header("content-type").unwrap_or_default();
        let media = content_type.split(';').next().unwrap_or_default().trim();
        let schema = &documented["content"][media]["schema"];
        assert!(schema.is_object(), "GET {uri}: {status} {media} is not documented for {path}");
        if media == "application/json" {
            let body: serde_json::Value = serde_json::from_str(&response.body).unwrap();
            let problems = schema_problems(&document, schema, &body, "$");
            assert!(problems.is_empty(), "GET {uri} ({status}) does not match the document:\n{}", problems.join("\n"));
        } else {
            assert_eq!(schema["type"], "string", "GET {uri}");
        }
    }
    assert_eq!(statuses.into_iter().collect::<Vec<_>>(), [200, 400, 404], "answers and both kinds of error");
}
