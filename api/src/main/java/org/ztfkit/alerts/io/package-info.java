/** Reading ZTF alert packets from Avro Object Container Files with their embedded writer schema (Apache Avro). */
package org.ztfkit.alerts.io;
