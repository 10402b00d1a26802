// refinery embeds migrations at compile time but does not notice a new file
// in migrations/, so tell cargo to rebuild when the folder changes.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
