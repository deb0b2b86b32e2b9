//! The web servers' configuration, generated from the rules that define
//! them (pure, native only, tested natively): nginx, Caddy and Apache httpd
//! (tested with the real servers by `tests/e2e/deploy-*.test.mjs`), and the
//! `_headers`/`_redirects` files of Netlify and Cloudflare Pages. The files
//! in `deploy/` are this module's output, checked byte for byte by a native
//! test; `cargo run --bin prerender -- --deploy deploy` writes them anew
//! (docs/deploy.md).
//!
//! **Routing.** A server that reads the query sends each address straight
//! to the page the build wrote for it, by the rule of [`pages::file_for`]
//! as far as a server can see it: the reading pages and the embeds, which
//! are full documents at the top of the release. The slides are bodies the
//! router swaps in by the address's fragment, which never reaches a server,
//! and the presenter's window is the app's: those get `index.html`, as does
//! a query with a `%` or a `+` (an encoded key or value, which no address
//! the app writes has): `web/route.js` places them, as on a plain host.
//! The query is read as [`UrlState::from_query`](crate::url_state::UrlState)
//! reads it: the first occurrence of a key counts, a bare key has an empty
//! value, any case of `en` is English and anything else Dutch, an embed id
//! that has no page embeds the whole explainer. Each key is found by one
//! regular expression ([`has`], [`first`]), the same in every server.
//!
//! **Headers.** Hashed files ([`HASHED`]) are cached for a year as
//! immutable; everything else (the pages, `sw.js`, the manifests, `embed.js`)
//! is revalidated on every load, so a release is never mixed with the one
//! before. The Content-Security-Policy is the pages' own `<meta>` (read from
//! `index.html`, [`meta_csp`]) with `frame-ancestors`, which a meta tag
//! cannot carry: any site may frame an embed (its file, or any address with
//! `embed` in its query), the reading pages and the slides only the
//! explainer itself ([`csp`]).
//!
//! [`pages::file_for`]: crate::pages::file_for

use crate::ids;

/// The generated files, relative to `deploy/`, with their text.
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        ("nginx/opbouwwerk-http.conf", nginx_http()),
        ("nginx/opbouwwerk.conf", nginx_location()),
        ("caddy/opbouwwerk.caddy", caddy()),
        ("apache/opbouwwerk.conf", apache()),
        ("netlify/_redirects", netlify_redirects()),
        ("netlify/_headers", static_headers()),
        ("cloudflare-pages/_headers", static_headers()),
    ]
}

/// What every generated file says first.
fn banner(comment: &str) -> String {
    format!(
        "{comment} Generated from src/deploy.rs by `cargo run --bin prerender -- --deploy deploy`;\n\
         {comment} do not edit (a native test compares it with the generator). See docs/deploy.md.\n"
    )
}

/// The pages' Content-Security-Policy: the `<meta>` of `index.html`, which
/// every prerendered page copies.
pub fn meta_csp() -> &'static str {
    const INDEX: &str = include_str!("../index.html");
    const ATTR: &str = "http-equiv=\"Content-Security-Policy\" content=\"";
    let start = INDEX
        .find(ATTR)
        .map(|i| i + ATTR.len())
        .expect("index.html has a Content-Security-Policy <meta>");
    let end = INDEX[start..].find('"').expect("the <meta> is closed") + start;
    &INDEX[start..end]
}

/// The Content-Security-Policy header: the meta's, and who may frame the
/// page (`framed`: anyone, for an embed; else only the explainer).
pub fn csp(framed: bool) -> String {
    let ancestors = if framed { "*" } else { "'self'" };
    format!("{}; frame-ancestors {ancestors}", meta_csp())
}

/// A hashed file's name (Trunk's `-<hex>` and post-build's, unpadded hex,
/// so 15 digits now and then).
pub const HASHED: &str = r"-[0-9a-f]{8,16}(?:_bg)?\.(?:js|css|wasm|bin)$";
/// The Cache-Control of a hashed file.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// The Cache-Control of every other file: revalidated on every load.
pub const REVALIDATE: &str = "no-cache";
/// A page that any site may frame, by its path.
pub const EMBED_FILE: &str = r"/embed-[^/]*\.html$";
pub const REFERRER_POLICY: &str = "strict-origin-when-cross-origin";
/// The media types the release needs, by extension.
pub const TYPES: [(&str, &str); 9] = [
    ("html", "text/html; charset=utf-8"),
    ("js", "text/javascript; charset=utf-8"),
    ("css", "text/css; charset=utf-8"),
    ("wasm", "application/wasm"),
    ("bin", "application/octet-stream"),
    ("webmanifest", "application/manifest+json; charset=utf-8"),
    ("json", "application/json"),
    ("svg", "image/svg+xml"),
    ("png", "image/png"),
];
/// A query with an encoded key or value, left to the router.
pub const ENCODED: &str = "[%+]";

/// A query in which `key` occurs (bare or with a value).
pub fn has(key: &str) -> String {
    format!("(?:^|&){key}(?:[=&]|$)")
}

/// The first occurrence of `key` in a query; group 1 is its value (none for
/// a bare key). The leftmost match is the first occurrence.
pub fn first(key: &str) -> String {
    first_named(key, None)
}

fn first_named(key: &str, name: Option<&str>) -> String {
    let group = name.map_or(String::new(), |n| format!("?<{n}>"));
    format!("(?:^|&){key}(?:=({group}[^&]*))?(?:&|$)")
}

/// Every id an embed address may name with a page of its own.
pub fn embed_targets() -> Vec<&'static str> {
    ids::SECTIONS
        .iter()
        .copied()
        .chain(ids::DIAGRAMS.iter().map(|d| d.id))
        .filter(|id| ids::is_embeddable(id))
        .collect()
}

/// The page a server sends for a query on the explainer's folder: the rule
/// the generated configurations follow, in Rust, for the tests.
pub fn page_for_query(query: &str, find: &dyn Fn(&str, &str) -> Option<Option<String>>) -> String {
    let index = crate::pages::INDEX.to_string();
    let present = |key: &str| find(&has(key), query).is_some();
    let value = |key: &str| find(&first(key), query).map(Option::unwrap_or_default);
    if find(ENCODED, query).is_some() || present("presenter") {
        return index;
    }
    let lang = match value("lang") {
        Some(v) if v.eq_ignore_ascii_case("en") => "en",
        _ => "nl",
    };
    let title = if value("title").as_deref() == Some("0") {
        "-notitle"
    } else {
        ""
    };
    if let Some(v) = value("embed") {
        let target = if embed_targets().contains(&v.as_str()) {
            v.as_str()
        } else {
            "1"
        };
        return format!("embed-{target}-{lang}{title}.html");
    }
    if present("present") || lang != "en" {
        return index;
    }
    "en.html".to_string()
}

/// The page the build wrote for a query, as a server sees it (no fragment):
/// a document's file by [`pages::file_for`](crate::pages::file_for), else
/// `index.html`; `index.html` too for an encoded query, which the servers
/// leave to the router. The tests' oracle, from `pages` alone.
pub fn expected_page(query: &str) -> String {
    use crate::url_state::{Fragment, UrlState};
    if query.contains(['%', '+']) {
        return crate::pages::INDEX.to_string();
    }
    match crate::pages::file_for(&UrlState::from_query(query), &Fragment::default()) {
        Some(file) if !file.contains('/') => file,
        _ => crate::pages::INDEX.to_string(),
    }
}

/// Queries that reach every document and the corners of the rule: each
/// document's own address, with a state after and before it, and the
/// readings of `UrlState::from_query` a server must follow.
pub fn sample_queries() -> Vec<String> {
    let mut out = Vec::new();
    for page in crate::pages::all(crate::content::content())
        .into_iter()
        .filter(|p| p.is_document())
    {
        let query = page.url.to_query();
        let query = query.trim_start_matches('?');
        out.push(query.to_string());
        out.push(format!("{query}&arg=hoofdclaim"));
        out.push(format!("cw=20&{query}"));
    }
    for q in [
        "lang=EN",
        "lang=nl&lang=en",
        "lang&lang=en",
        "lang=en&present",
        "present",
        "present&embed=tijdlijn",
        "embed=nope&title=0&title=1",
        "title=1&title=0&embed",
        "embedx=tijdlijn",
        "xembed=tijdlijn",
        "embed=tijdlijn&presenter",
        "present&presenter&lang=en",
        "lang=%65n",
        "embed=tijdlijn&lang=e+n",
        "slang=en",
    ] {
        out.push(q.to_string());
    }
    out
}

/// The prefix of every variable, map and matcher the configurations name,
/// so that they never meet a host's own.
const VAR: &str = "opbouwwerk_";

fn var(name: &str) -> String {
    format!("{VAR}{name}")
}

fn nginx_http() -> String {
    let mut s = banner("#");
    s.push_str(
        "# In the http {} block (Debian: /etc/nginx/conf.d/ reads it there), once per server;\n\
         # `opbouwwerk.conf` goes in the location that serves the release.\n\n",
    );
    s.push_str("# The page of each address (src/pages.rs, read as src/deploy.rs says).\n");
    s.push_str(&format!(
        "map $args $opbouwwerk_encoded {{\n    default 0;\n    \"~{ENCODED}\" 1;\n}}\n"
    ));
    for key in ["presenter", "present"] {
        s.push_str(&format!(
            "map $args $opbouwwerk_{key} {{\n    default 0;\n    \"~{}\" 1;\n}}\n",
            has(key)
        ));
    }
    s.push_str(&format!(
        "map $args $opbouwwerk_embed {{\n    default \"\";\n    \"~{}\" \"=$opbouwwerk_embed_value\";\n}}\n",
        first_named("embed", Some(&format!("{}_value", var("embed"))))
    ));
    s.push_str("map $opbouwwerk_embed $opbouwwerk_target {\n    default 1;\n    \"\" \"\";\n");
    for id in embed_targets() {
        s.push_str(&format!("    ={id} {id};\n"));
    }
    s.push_str("}\n");
    for (key, then) in [("title", "0 -notitle"), ("lang", "\"~*^en$\" en")] {
        let default = if key == "lang" { "nl" } else { "\"\"" };
        s.push_str(&format!(
            "map $args $opbouwwerk_{key}_value {{\n    default \"\";\n    \"~{}\" $opbouwwerk_{key}_v;\n}}\n\
             map $opbouwwerk_{key}_value $opbouwwerk_{key} {{\n    default {default};\n    {then};\n}}\n",
            first_named(key, Some(&var(&format!("{key}_v"))))
        ));
    }
    s.push_str(
        "map \"$opbouwwerk_encoded$opbouwwerk_presenter:$opbouwwerk_target:$opbouwwerk_present:$opbouwwerk_lang$opbouwwerk_title\" $opbouwwerk_page {\n\
         \x20   default index.html;\n\
         \x20   \"~^00:(?<opbouwwerk_t>[a-z0-9-]+):[01]:(?<opbouwwerk_l>[a-z]+)(?<opbouwwerk_n>[a-z-]*)$\" \"embed-${opbouwwerk_t}-${opbouwwerk_l}${opbouwwerk_n}.html\";\n\
         \x20   \"~^00::0:en$\" en.html;\n}\n\n",
    );
    s.push_str("# The headers (docs/deploy.md says why).\n");
    s.push_str(&format!(
        "map $uri $opbouwwerk_cache {{\n    default \"{REVALIDATE}\";\n    \"~{HASHED}\" \"{IMMUTABLE}\";\n}}\n"
    ));
    s.push_str(&format!(
        "map \"$opbouwwerk_target:$uri\" $opbouwwerk_csp {{\n    default \"{}\";\n    \"~^[^:]\" \"{}\";\n    \"~{EMBED_FILE}\" \"{}\";\n}}\n",
        csp(false),
        csp(true),
        csp(true)
    ));
    s
}

fn nginx_location() -> String {
    let mut s = banner("#");
    s.push_str(
        "# In the location that serves the release, at the root or under any sub-path, e.g.\n\
         #   location /opbouwwerk/ { alias /srv/opbouwwerk/dist/; include opbouwwerk.conf; }\n\
         # with opbouwwerk-http.conf in the http {} block. `brotli_static` needs Debian's\n\
         # libnginx-mod-http-brotli-static; without it, leave that line out (gzip only).\n\n",
    );
    s.push_str(
        "# Each address to its own page; `index.html` for the rest (web/route.js places it).\n",
    );
    s.push_str("index $opbouwwerk_page index.html;\n\n");
    s.push_str("# The .br and .gz files that `make dist` writes beside each file.\n");
    s.push_str("brotli_static on;\ngzip_static on;\ngzip_vary on;\n\n");
    s.push_str("types {\n");
    for (ext, ty) in TYPES {
        let bare = ty.split(';').next().unwrap_or(ty);
        s.push_str(&format!("    {bare} {ext};\n"));
    }
    s.push_str("}\ndefault_type application/octet-stream;\ncharset utf-8;\n");
    let charset: Vec<&str> = TYPES
        .iter()
        .filter(|(_, ty)| ty.contains("charset") && !ty.starts_with("text/html"))
        .map(|(_, ty)| ty.split(';').next().unwrap_or(ty))
        .collect();
    s.push_str(&format!("charset_types {};\n\n", charset.join(" ")));
    s.push_str("add_header Cache-Control $opbouwwerk_cache always;\n");
    s.push_str("add_header Content-Security-Policy $opbouwwerk_csp always;\n");
    s.push_str("add_header X-Content-Type-Options nosniff always;\n");
    s.push_str(&format!(
        "add_header Referrer-Policy {REFERRER_POLICY} always;\n"
    ));
    s
}

fn caddy() -> String {
    let mut s = banner("#");
    s.push_str(
        "# Import it where the release is served, after its root, at the root or under any sub-path:\n\
         #   example.org {\n\
         #   \tredir /opbouwwerk /opbouwwerk/ 308\n\
         #   \thandle_path /opbouwwerk/* {\n\
         #   \t\troot * /srv/opbouwwerk/dist\n\
         #   \t\timport /etc/caddy/opbouwwerk.caddy\n\
         #   \t}\n\
         #   }\n\n",
    );
    s.push_str("# The page of each address (src/pages.rs, read as src/deploy.rs says).\n");
    let map = |source: &str, dest: &str, rows: &[(String, String)], default: &str| {
        let mut m = format!("map {source} {{{dest}}} {{\n");
        for (input, output) in rows {
            m.push_str(&format!("\t`{input}` {output}\n"));
        }
        m.push_str(&format!("\tdefault {default}\n}}\n"));
        m
    };
    s.push_str(&map(
        "{query}",
        &var("encoded"),
        &[(format!("~{ENCODED}"), "1".into())],
        "0",
    ));
    for key in ["presenter", "present"] {
        s.push_str(&map(
            "{query}",
            &var(key),
            &[(format!("~{}", has(key)), "1".into())],
            "0",
        ));
    }
    s.push_str(&map(
        "{query}",
        &var("embed"),
        &[(format!("~{}", first("embed")), "=${1}".into())],
        "\"\"",
    ));
    let mut rows: Vec<(String, String)> = embed_targets()
        .into_iter()
        .map(|id| (format!("={id}"), id.to_string()))
        .collect();
    rows.push(("~^=".into(), "1".into()));
    s.push_str(&map("{opbouwwerk_embed}", &var("target"), &rows, "\"\""));
    for (key, input, output, default) in [
        ("title", "0", "-notitle", "\"\""),
        ("lang", "~(?i)^en$", "en", "nl"),
    ] {
        s.push_str(&map(
            "{query}",
            &var(&format!("{key}_value")),
            &[(format!("~{}", first(key)), "${1}".into())],
            "\"\"",
        ));
        s.push_str(&map(
            &format!("{{opbouwwerk_{key}_value}}"),
            &var(key),
            &[(input.into(), output.into())],
            default,
        ));
    }
    s.push_str(&map(
        "{opbouwwerk_encoded}{opbouwwerk_presenter}:{opbouwwerk_target}:{opbouwwerk_present}:{opbouwwerk_lang}{opbouwwerk_title}",
        &var("page"),
        &[
            (
                "~^00:([a-z0-9-]+):[01]:([a-z]+)([a-z-]*)$".into(),
                "embed-${1}-${2}${3}.html".into(),
            ),
            ("~^00::0:en$".into(), "en.html".into()),
        ],
        "index.html",
    ));
    s.push_str("@opbouwwerk_folder path /\nrewrite @opbouwwerk_folder /{opbouwwerk_page}\n\n");
    s.push_str("# The headers (docs/deploy.md says why).\n");
    s.push_str(&map(
        "{path}",
        &var("cache"),
        &[(format!("~{HASHED}"), format!("\"{IMMUTABLE}\""))],
        &format!("\"{REVALIDATE}\""),
    ));
    s.push_str(&map(
        "{opbouwwerk_target}:{path}",
        &var("csp"),
        &[
            ("~^[^:]".into(), format!("\"{}\"", csp(true))),
            (format!("~{EMBED_FILE}"), format!("\"{}\"", csp(true))),
        ],
        &format!("\"{}\"", csp(false)),
    ));
    s.push_str(&format!(
        "header {{\n\tCache-Control {{opbouwwerk_cache}}\n\tContent-Security-Policy {{opbouwwerk_csp}}\n\
         \tX-Content-Type-Options nosniff\n\tReferrer-Policy {REFERRER_POLICY}\n}}\n"
    ));
    for (ext, ty) in TYPES {
        s.push_str(&format!(
            "@opbouwwerk_{ext} path *.{ext}\nheader @opbouwwerk_{ext} Content-Type \"{ty}\"\n"
        ));
    }
    s.push_str("\n# The .br and .gz files that `make dist` writes beside each file.\n");
    s.push_str("file_server {\n\tprecompressed br gzip\n}\n");
    s
}

fn apache() -> String {
    let mut s = banner("#");
    s.push_str(
        "# In the <Directory> of the release, or as its .htaccess (AllowOverride All), at the\n\
         # root or under any sub-path (an Alias too). Needs mod_rewrite, mod_headers, mod_mime,\n\
         # mod_dir and mod_env (Debian: a2enmod rewrite headers); MultiViews off.\n\n",
    );
    s.push_str("Options -MultiViews\nDirectoryIndex index.html\nRewriteEngine On\n\n");
    s.push_str("# The page of each address (src/pages.rs, read as src/deploy.rs says), from the\n");
    s.push_str("# folder's own address, so that it works under any sub-path.\n");
    s.push_str("RewriteRule ^ - [E=OPBOUWWERK_LANG:nl,E=OPBOUWWERK_TITLE:]\n");
    for (key, test, env) in [
        ("lang", "^en$ [NC]", "OPBOUWWERK_LANG:en"),
        ("title", "=0", "OPBOUWWERK_TITLE:-notitle"),
    ] {
        s.push_str(&format!(
            "RewriteCond %{{QUERY_STRING}} {}\nRewriteCond %1 {test}\nRewriteRule ^ - [E={env}]\n",
            first(key)
        ));
    }
    // The folder's own address ends in `/` (mod_dir redirects one without).
    let folder = "RewriteCond %{REQUEST_URI} /$\n";
    let to = |file: &str| format!("RewriteRule ^$ %{{REQUEST_URI}}{file} [L]\n");
    s.push_str(&format!(
        "{folder}RewriteCond %{{QUERY_STRING}} {ENCODED} [OR]\nRewriteCond %{{QUERY_STRING}} {}\n{}",
        has("presenter"),
        to("index.html")
    ));
    s.push_str(&format!(
        "{folder}RewriteCond %{{QUERY_STRING}} {}\nRewriteCond %1 ^({})$\n{}",
        first("embed"),
        embed_targets().join("|"),
        to("embed-%1-%{ENV:OPBOUWWERK_LANG}%{ENV:OPBOUWWERK_TITLE}.html")
    ));
    s.push_str(&format!(
        "{folder}RewriteCond %{{QUERY_STRING}} {}\n{}",
        has("embed"),
        to("embed-1-%{ENV:OPBOUWWERK_LANG}%{ENV:OPBOUWWERK_TITLE}.html")
    ));
    s.push_str(&format!(
        "{folder}RewriteCond %{{QUERY_STRING}} !{}\nRewriteCond %{{ENV:OPBOUWWERK_LANG}} =en\n{}",
        has("present"),
        to("en.html")
    ));
    s.push_str(folder);
    s.push_str(&to("index.html"));
    s.push_str("\n# The .br and .gz files that `make dist` writes beside each file.\n");
    for (enc, ext) in [("br", "br"), ("gzip", "gz")] {
        s.push_str(&format!(
            "RewriteCond %{{HTTP:Accept-Encoding}} \\b{enc}\\b\nRewriteCond %{{REQUEST_FILENAME}}.{ext} -s\n\
             RewriteRule [^/]$ %{{REQUEST_URI}}.{ext} [L]\n"
        ));
    }
    s.push_str("RemoveType .br .gz\nAddEncoding br .br\nAddEncoding gzip .gz\n");
    s.push_str(
        "<FilesMatch \"\\.(?:br|gz)$\">\n  SetEnv no-gzip 1\n  SetEnv no-brotli 1\n</FilesMatch>\n",
    );
    for (ext, ty) in TYPES {
        s.push_str(&format!(
            "<FilesMatch \"\\.{ext}(?:\\.br|\\.gz)?$\">\n  ForceType \"{ty}\"\n</FilesMatch>\n"
        ));
    }
    s.push_str("\n# The headers (docs/deploy.md says why).\n");
    s.push_str("Header always merge Vary Accept-Encoding\n");
    s.push_str(&format!(
        "Header always set Cache-Control \"{REVALIDATE}\"\n\
         Header always set X-Content-Type-Options nosniff\n\
         Header always set Referrer-Policy {REFERRER_POLICY}\n\
         Header always set Content-Security-Policy \"{}\"\n\
         Header always set Content-Security-Policy \"{}\" \"expr=%{{QUERY_STRING}} =~ /{}/\"\n",
        csp(false),
        csp(true),
        has("embed")
    ));
    s.push_str(&format!(
        "<FilesMatch \"{}\">\n  Header always set Cache-Control \"{IMMUTABLE}\"\n</FilesMatch>\n",
        HASHED.replace('$', r"(?:\.br|\.gz)?$")
    ));
    s.push_str(&format!(
        "<FilesMatch \"^{}\">\n  Header always set Content-Security-Policy \"{}\"\n</FilesMatch>\n",
        EMBED_FILE
            .trim_start_matches('/')
            .replace('$', r"(?:\.br|\.gz)?$"),
        csp(true)
    ));
    s
}

/// Netlify's rewrites of the folder's query addresses (most specific first;
/// Netlify matches a rule when the query has each listed key with that
/// value, whatever else it has; `200!` serves the page in place of
/// `index.html`).
fn netlify_redirects() -> String {
    let mut s = banner("#");
    s.push_str(
        "# Copy into the published folder (dist/) at the top of a Netlify site. Netlify matches\n\
         # a query key's value exactly and cannot tell the first of two; whatever it serves,\n\
         # web/route.js then shows the address's page.\n",
    );
    s.push_str("/ presenter=:p /index.html 200!\n");
    let mut targets: Vec<(&str, String)> = embed_targets()
        .into_iter()
        .map(|id| (id, format!("embed={id}")))
        .collect();
    targets.push(("1", "embed=:e".into()));
    for (id, key) in &targets {
        for (lang, lang_key) in [("en", " lang=en"), ("nl", "")] {
            for (title, title_key) in [("-notitle", " title=0"), ("", "")] {
                s.push_str(&format!(
                    "/ {key}{lang_key}{title_key} /embed-{id}-{lang}{title}.html 200!\n"
                ));
            }
        }
    }
    s.push_str("/ present=:p /index.html 200!\n/ lang=en /en.html 200!\n");
    s
}

/// Path patterns (`*` any characters) of the hashed files, for hosts that
/// match headers by pattern: each name with a hyphen and one of these
/// endings is hashed (a test checks them against [`HASHED`] on the release).
pub const HASHED_GLOBS: [&str; 4] = ["/*-*.js", "/*-*.css", "/*_bg.wasm", "/*-*.bin"];

/// `_headers` for Netlify and Cloudflare Pages: both join the values of a
/// header that several rules set, so each header is set by rules that never
/// overlap. Other files keep the host's own Cache-Control (both revalidate).
fn static_headers() -> String {
    let mut s = banner("#");
    s.push_str(
        "# Copy into the published folder (dist/) at the top of the site. The host cannot see\n\
         # the query, so the folder's own page (an `?embed=` address gets it too) may be framed.\n",
    );
    s.push_str(&format!(
        "/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: {REFERRER_POLICY}\n"
    ));
    for glob in HASHED_GLOBS {
        s.push_str(&format!("{glob}\n  Cache-Control: {IMMUTABLE}\n"));
    }
    for (path, framed) in [
        ("/", true),
        ("/index.html", true),
        ("/embed-*.html", true),
        ("/en.html", false),
    ] {
        s.push_str(&format!(
            "{path}\n  Content-Security-Policy: {}\n",
            csp(framed)
        ));
    }
    for path in [
        "/",
        "/index.html",
        "/en.html",
        "/embed-*.html",
        "/pages/*",
        "/sw.js",
        "/*.webmanifest",
        "/embed.js",
    ] {
        s.push_str(&format!("{path}\n  Cache-Control: {REVALIDATE}\n"));
    }
    s.push_str("/*.wasm\n  Content-Type: application/wasm\n/*.webmanifest\n  Content-Type: application/manifest+json\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;
    use crate::pages::{self, file_for, INDEX};
    use crate::url_state::{Fragment, UrlState};
    use proptest::prelude::*;
    use regex::Regex;

    /// The generated expressions run by a regex engine of the kind Caddy's
    /// (Go's RE2: no look-around) is: what it finds, and group 1.
    fn find(re: &str, text: &str) -> Option<Option<String>> {
        let re = Regex::new(re).expect(re);
        re.captures(text)
            .map(|c| c.get(1).map(|m| m.as_str().to_string()))
    }

    /// The page the server sends, by the rule `pages` defines: a document's
    /// file, or `index.html` where the router places the page.
    fn expected(query: &str) -> String {
        match file_for(&UrlState::from_query(query), &Fragment::default()) {
            Some(file) if !file.contains('/') => file,
            _ => INDEX.to_string(),
        }
    }

    #[test]
    fn the_sample_addresses_get_the_page_the_rules_pick() {
        let queries = sample_queries();
        assert!(queries.len() > 150, "{}", queries.len());
        for q in queries {
            assert_eq!(page_for_query(&q, &find), expected_page(&q), "?{q}");
        }
    }

    #[test]
    fn the_deploy_folder_is_what_the_generator_writes() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy");
        for (path, text) in files() {
            let committed = std::fs::read_to_string(root.join(path)).unwrap_or_default();
            assert!(
                committed == text,
                "deploy/{path} differs from src/deploy.rs: run `cargo run --bin prerender -- --deploy deploy`"
            );
        }
    }

    #[test]
    fn every_document_is_served_for_its_own_address_and_more() {
        for page in pages::all(content())
            .into_iter()
            .filter(|p| p.is_document())
        {
            let query = page.url.to_query();
            let query = query.trim_start_matches('?');
            // The address itself, with a state after or before it.
            for q in [
                query.to_string(),
                format!("{query}&arg=hoofdclaim"),
                format!("cw=20&{query}"),
            ] {
                assert_eq!(page_for_query(&q, &find), page.file, "?{q}");
            }
        }
        for (q, file) in [
            ("", "index.html"),
            ("lang=EN", "en.html"),
            ("lang=nl&lang=en", "index.html"),
            ("lang&lang=en", "index.html"),
            ("lang=en&present", "index.html"),
            ("present&embed=tijdlijn", "embed-tijdlijn-nl.html"),
            ("embed=nope&title=0&title=1", "embed-1-nl-notitle.html"),
            ("title=1&title=0&embed", "embed-1-nl.html"),
            ("embedx=tijdlijn", "index.html"),
            ("xembed=tijdlijn", "index.html"),
            ("embed=tijdlijn&presenter", "index.html"),
            ("lang=%65n", "index.html"),
            ("slang=en", "index.html"),
        ] {
            assert_eq!(page_for_query(q, &find), file, "?{q}");
            assert_eq!(
                expected(q),
                if q.contains('%') { "en.html" } else { file },
                "?{q}"
            );
        }
    }

    proptest! {
        /// For any query: the page the rules pick is the one `pages` picks,
        /// or `index.html` (encoded queries), never another page.
        #[test]
        fn a_server_never_sends_another_page(
            parts in prop::collection::vec(
                (
                    prop::sample::select(vec!["lang", "embed", "title", "present", "presenter", "arg", "LANG", "l%61ng", "", "embedx"]),
                    prop::option::of(prop::sample::select(vec!["", "en", "EN", "nl", "0", "1", "tijdlijn", "argumentkaart", "bronnen", "top", "x=y", "%65n", "e+n"])),
                ),
                0..6,
            )
        ) {
            let query: Vec<String> = parts
                .iter()
                .map(|(k, v)| v.map_or(k.to_string(), |v| format!("{k}={v}")))
                .collect();
            let query = query.join("&");
            let got = page_for_query(&query, &find);
            if query.contains(['%', '+']) {
                prop_assert!(got == INDEX || got == expected(&query), "?{query}: {got}");
            } else {
                prop_assert_eq!(got, expected(&query), "?{}", query);
            }
        }
    }

    #[test]
    fn the_policy_is_the_pages_own_and_says_who_may_frame() {
        assert!(meta_csp().starts_with("default-src 'none'; script-src 'self'"));
        assert!(!meta_csp().contains("frame-ancestors"));
        assert!(csp(true).ends_with("; frame-ancestors *"));
        assert!(csp(false).ends_with("; frame-ancestors 'self'"));
        let hashed = Regex::new(HASHED).unwrap();
        for name in [
            "opbouwwerk-uitgelegd-917b6e4a043ae9c7.js",
            "part-sim-492cd1478e2a3beb_bg.wasm",
            "embed-4915d23e6e783fc.css",
            "content-nl-3d426af89f7d942d.bin",
        ] {
            assert!(hashed.is_match(name), "{name}");
        }
        for name in [
            "sw.js",
            "embed.js",
            "index.html",
            "noscript.css",
            "manifest.webmanifest",
            "embed-tijdlijn-nl.html",
        ] {
            assert!(!hashed.is_match(name), "{name}");
        }
    }
}
