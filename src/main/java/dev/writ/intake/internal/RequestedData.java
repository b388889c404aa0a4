package dev.writ.intake.internal;

import dev.writ.shared.legal.DataCategory;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One data category a demand asks for.
 */
@Table("demand_data_category")
record RequestedData(DataCategory category) {

}
