package io.debtmeter.core.analysis.trends;

import io.debtmeter.model.Category;
import io.debtmeter.model.Item;
import io.debtmeter.model.Rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays several rubric versions over each other, matching categories and items by id. The newest
 * version decides order and titles; what only older versions have is appended after it, newest
 * older version first, so a retired item stays in the category it last belonged to.
 */
final class VersionOrder {

    /** An item as a heat-map row will show it. */
    record PlacedItem(String id, String title, boolean retired) {
    }

    private final List<TrendCategory> categories = new ArrayList<>();
    private final Map<String, List<PlacedItem>> itemsByCategory = new LinkedHashMap<>();

    private VersionOrder(List<Rubric> newestFirst) {
        Rubric newest = newestFirst.isEmpty() ? null : newestFirst.get(0);
        for (Rubric rubric : newestFirst) {
            boolean retired = rubric != newest;
            for (Category category : rubric.categories()) {
                if (!itemsByCategory.containsKey(category.id())) {
                    categories.add(new TrendCategory(category.id(), category.title(), retired));
                    itemsByCategory.put(category.id(), new ArrayList<>());
                }
            }
        }
        Set<String> placed = new HashSet<>();
        for (Rubric rubric : newestFirst) {
            boolean retired = rubric != newest;
            for (Item item : rubric.items()) {
                if (placed.add(item.id())) {
                    itemsByCategory.get(item.categoryId()).add(new PlacedItem(item.id(), item.title(), retired));
                }
            }
        }
    }

    /** @param snapshots oldest first, as the columns run */
    static VersionOrder of(List<AssessmentSnapshot> snapshots) {
        // Equal snapshots are usually one object already; the set keeps each version once either way.
        Set<Rubric> distinct = new LinkedHashSet<>();
        for (int i = snapshots.size() - 1; i >= 0; i--) {
            distinct.add(snapshots.get(i).rubric());
        }
        return new VersionOrder(List.copyOf(distinct));
    }

    List<TrendCategory> categories() {
        return List.copyOf(categories);
    }

    List<PlacedItem> itemsOf(String categoryId) {
        return List.copyOf(itemsByCategory.getOrDefault(categoryId, List.of()));
    }
}
