/** Headless drawing of stamps and alert triplets to PNG (java.awt, ImageIO). */
package org.ztfkit.render;
