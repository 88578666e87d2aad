//! The manifest tells the truth: `rust-version` is the highest any
//! dependency needs (a learner on an older toolchain gets cargo's clear
//! message instead of a compile error deep in a dependency), and no declared
//! dependency goes unused.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

/// `1.89` and `1.89.0` alike, as (major, minor, patch).
fn version(text: &str) -> [u32; 3] {
    let mut parts = text.split('.').map(|part| part.parse().unwrap());
    [0; 3].map(|_| parts.next().unwrap_or(0))
}

fn metadata() -> serde_json::Value {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn rust_version_is_the_highest_any_dependency_needs() {
    let meta = metadata();
    let packages = meta["packages"].as_array().unwrap();
    let ours = packages.iter().find(|p| p["name"] == "studyplan").unwrap();
    let declared = version(ours["rust_version"].as_str().expect("Cargo.toml declares rust-version"));
    let (needed, by) = packages
        .iter()
        .filter(|p| p["name"] != "studyplan")
        .filter_map(|p| Some((version(p["rust_version"].as_str()?), p["name"].as_str()?.to_owned())))
        .max()
        .unwrap();
    assert!(
        declared >= needed,
        "rust-version {declared:?} is below what {by} needs ({needed:?})"
    );
    assert_eq!(
        declared[..2],
        needed[..2],
        "rust-version {declared:?} is above what any dependency needs ({by}: {needed:?})"
    );
}

#[test]
fn every_declared_dependency_is_used_in_the_code() {
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let table: toml::Table = manifest.parse().unwrap();
    let mut code = String::new();
    for dir in ["src", "tests", "benches"] {
        let mut stack = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
        while let Some(path) = stack.pop() {
            for entry in std::fs::read_dir(&path).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    code.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
    }
    for section in ["dependencies", "dev-dependencies"] {
        for name in table[section].as_table().unwrap().keys() {
            let crate_name = name.replace('-', "_");
            assert!(
                code.contains(&format!("{crate_name}::")) || code.contains(&format!("use {crate_name}")),
                "{section}.{name} is declared in Cargo.toml but no code uses it"
            );
        }
    }
}
