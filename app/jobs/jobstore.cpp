#include "jobs/jobstore.h"
