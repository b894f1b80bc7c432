/* bin2c: writes a file's bytes as the C definition of the embedded index
 * (build tool; not part of beq). Usage: bin2c FILE > OUT.c */
#include <stdio.h>

int
main(int argc, char **argv)
{
	FILE *f;
	unsigned long n = 0;
	int c;

	if (argc != 2 || (f = fopen(argv[1], "rb")) == NULL) {
		fprintf(stderr, "usage: bin2c FILE\n");
		return 2;
	}
	printf("/* generated from %s by bin2c; do not edit */\n"
	       "#include <stddef.h>\n\n"
	       "_Alignas(16) const unsigned char beq_embedded_index[] = {\n",
	    argv[1]);
	while ((c = getc(f)) != EOF)
		printf("%d,%s", c, ++n % 20 == 0 ? "\n" : "");
	if (ferror(f) || n == 0) {
		fprintf(stderr, "bin2c: %s: %s\n", argv[1],
		    n == 0 ? "empty" : "read error");
		return 2;
	}
	fclose(f);
	printf("\n};\nconst size_t beq_embedded_index_size = %lu;\n", n);
	return fflush(stdout) != 0 || ferror(stdout) ? 2 : 0;
}
