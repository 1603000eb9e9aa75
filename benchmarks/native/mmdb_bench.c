/*
 * HireGuard: libmaxminddb reference harness for benchmarks/HireGuard.Benchmarks/IpIntelligence.
 *
 * Looks up the same IPv4 addresses as MmdbLookupBenchmark in the same MMDB file and prints one
 * JSON line per mode:
 *   find    MMDB_lookup_sockaddr only (tree walk)
 *   typed   lookup + MMDB_get_value for the fields HireGuard's typed City path reads
 *   full    lookup + MMDB_get_entry_data_list + MMDB_free_entry_data_list (what mmdblookup -b does)
 *
 * Build: gcc -O2 -o mmdb_bench mmdb_bench.c -lmaxminddb   (Debian: libmaxminddb-dev)
 * Run:   ./mmdb_bench DB.mmdb ADDRESSES.txt [passes] [mode]
 */
#define _POSIX_C_SOURCE 199309L
#include <arpa/inet.h>
#include <maxminddb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long typed_fields(MMDB_entry_s *entry)
{
    static const char *const paths[][5] = {
        {"continent", "code", NULL},
        {"country", "iso_code", NULL},
        {"country", "names", "en", NULL},
        {"registered_country", "iso_code", NULL},
        {"subdivisions", "0", "iso_code", NULL},
        {"subdivisions", "0", "names", "en", NULL},
        {"city", "names", "en", NULL},
        {"postal", "code", NULL},
        {"location", "latitude", NULL},
        {"location", "longitude", NULL},
        {"location", "accuracy_radius", NULL},
        {"location", "time_zone", NULL},
    };
    long sum = 0;
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        MMDB_entry_data_s data;
        if (MMDB_aget_value(entry, &data, paths[i]) == MMDB_SUCCESS && data.has_data) {
            sum += data.type == MMDB_DATA_TYPE_UTF8_STRING ? (long)data.data_size : 1;
        }
    }
    return sum;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s DB.mmdb ADDRESSES.txt [passes] [find|typed|full|all]\n", argv[0]);
        return 1;
    }

    int passes = argc > 3 ? atoi(argv[3]) : 5;
    const char *only = argc > 4 ? argv[4] : "all";
    MMDB_s mmdb;
    int status = MMDB_open(argv[1], MMDB_MODE_MMAP, &mmdb);
    if (status != MMDB_SUCCESS) {
        fprintf(stderr, "cannot open %s: %s\n", argv[1], MMDB_strerror(status));
        return 2;
    }

    FILE *file = fopen(argv[2], "r");
    if (file == NULL) {
        perror(argv[2]);
        return 2;
    }

    size_t capacity = 1 << 16, count = 0;
    struct sockaddr_in *addresses = malloc(capacity * sizeof *addresses);
    char line[128];
    while (fgets(line, sizeof line, file) != NULL) {
        line[strcspn(line, "\r\n")] = 0;
        if (count == capacity) {
            capacity *= 2;
            addresses = realloc(addresses, capacity * sizeof *addresses);
        }
        memset(&addresses[count], 0, sizeof addresses[count]);
        addresses[count].sin_family = AF_INET;
        if (inet_pton(AF_INET, line, &addresses[count].sin_addr) == 1) {
            count++;
        }
    }
    fclose(file);

    const char *modes[] = {"find", "typed", "full"};
    for (int m = 0; m < 3; m++) {
        if (strcmp(only, "all") != 0 && strcmp(only, modes[m]) != 0) {
            continue;
        }

        long found = 0, sum = 0;
        double wall = now_seconds(), cpu = cpu_seconds();
        for (int pass = 0; pass < passes; pass++) {
            for (size_t i = 0; i < count; i++) {
                int gai_error, mmdb_error;
                MMDB_lookup_result_s result = MMDB_lookup_sockaddr(&mmdb, (struct sockaddr *)&addresses[i], &mmdb_error);
                (void)gai_error;
                if (mmdb_error != MMDB_SUCCESS || !result.found_entry) {
                    continue;
                }
                found++;
                if (m == 1) {
                    sum += typed_fields(&result.entry);
                } else if (m == 2) {
                    MMDB_entry_data_list_s *list = NULL;
                    if (MMDB_get_entry_data_list(&result.entry, &list) == MMDB_SUCCESS) {
                        sum += list != NULL;
                    }
                    MMDB_free_entry_data_list(list);
                }
            }
        }
        wall = now_seconds() - wall;
        cpu = cpu_seconds() - cpu;
        double lookups = (double)count * passes;
        printf("{\"harness\":\"libmaxminddb\",\"version\":\"%s\",\"mode\":\"%s\",\"lookups\":%.0f,\"found\":%ld,"
               "\"lookupsPerSecond\":%.0f,\"nsPerLookup\":%.1f,\"cpuLookupsPerSecond\":%.0f,\"checksum\":%ld}\n",
               MMDB_lib_version(), modes[m], lookups, found, lookups / wall, wall * 1e9 / lookups, lookups / cpu, sum);
    }

    MMDB_close(&mmdb);
    free(addresses);
    return 0;
}
