fn main() {
    redress::mount();
}
