//! One ordering routine for every sort the widget does, so the download carries one copy of
//! the sorting code instead of one per comparison.

/// Indices `0..n` ordered by `key`, ties by index (so the order never depends on anything but
/// the keys).
pub fn order_by(n: usize, key: &dyn Fn(usize) -> f64) -> Vec<usize> {
    let keys: Vec<f64> = (0..n).map(key).collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by(|&a, &b| keys[a].total_cmp(&keys[b]).then(a.cmp(&b)));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_key_then_index() {
        let keys = [3.0, 1.0, 3.0, -2.0];
        assert_eq!(order_by(4, &|i| keys[i]), vec![3, 1, 0, 2]);
        assert!(order_by(0, &|_| 0.0).is_empty());
    }
}
