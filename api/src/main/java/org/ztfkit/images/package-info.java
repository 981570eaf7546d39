/**
 * Where images live, as pure string building: ZTF science-image archive paths and links at IRSA and the SNAD
 * proxy ({@link org.ztfkit.images.ScienceImage}, {@link org.ztfkit.images.FileFracDay},
 * {@link org.ztfkit.images.DayListing}, {@link org.ztfkit.images.ReferenceCatalogFile}), and SkyPortal's survey
 * thumbnails with their releases as data ({@link org.ztfkit.images.ThumbnailSurveys}).
 */
package org.ztfkit.images;
