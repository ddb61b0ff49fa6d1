fn main() {
    // New migrations, locale files and seed data must rebuild the embedding crate.
    println!("cargo:rerun-if-changed=../migrations");
    println!("cargo:rerun-if-changed=../locales");
    println!("cargo:rerun-if-changed=../seed");
}
